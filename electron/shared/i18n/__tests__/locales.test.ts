import { afterEach, describe, expect, it } from 'vitest';
import { LOCALES, LOCALE_TAGS, isLocale } from '../locales';
import { getLocale, setLocale, subscribeLocale, t } from '../translate';
import { zhCN } from '../zhCN';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('locales', () => {
  afterEach(() => setLocale('zh-CN'));

  it.each(LOCALE_TAGS)('%s has exactly the keys of zh-CN, each non-empty, with the same placeholders', (tag) => {
    const table = LOCALES[tag] as Record<string, string>;
    const reference = zhCN as Record<string, string>;
    expect(Object.keys(table).filter((k) => !(k in reference))).toEqual([]);
    expect(Object.keys(reference).filter((k) => !(k in table))).toEqual([]);
    for (const key of Object.keys(reference)) {
      expect(table[key]?.trim(), key).not.toBe('');
      expect({ key, p: placeholders(table[key]!) }).toEqual({ key, p: placeholders(reference[key]!) });
    }
  });

  it('English strings are English: no Chinese text except library vocabulary and the language names', () => {
    // Keys whose English text deliberately keeps Chinese: example queries, the CLI name of 佚名 in
    // references, the name of Chinese itself.
    const keep = new Set(['library.searchPlaceholder', 'citation.unknownAuthor', 'settings.locale.zh-CN']);
    const chinese = Object.entries(LOCALES['en-US']).filter(([k, v]) => !keep.has(k) && /[\u4e00-\u9fff]/.test(v) && !/qianwan|千万工程/.test(v));
    expect(chinese.map(([k]) => k)).toEqual([]);
  });

  it('switches the active table and tells subscribers', () => {
    const seen: string[] = [];
    const off = subscribeLocale(() => seen.push(getLocale()));
    expect(t('docs.new')).toBe('新建文稿');
    setLocale('en-US');
    expect(t('docs.new')).toBe('New document');
    expect(t('docs.showTrash', { n: 2 })).toBe('Trash (2)');
    setLocale('en-US');
    setLocale('zh-CN');
    off();
    setLocale('en-US');
    expect(seen).toEqual(['en-US', 'zh-CN']);
  });

  it('recognises only known tags', () => {
    expect(isLocale('en-US')).toBe(true);
    expect(isLocale('fr-FR')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });
});
