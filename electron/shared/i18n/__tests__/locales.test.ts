import { afterEach, describe, expect, it, vi } from 'vitest';
import { enUS } from '../enUS';
import { loadMessages } from '../loadMessages';
import { LOCALE_TAGS, isLocale } from '../locales';
import { getLocale, setLocale, subscribeLocale, t } from '../translate';
import { zhCN } from '../zhCN';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
// A translate module that has loaded no table but zh-CN yet, as at start-up.
const freshTranslate = async () => {
  vi.resetModules();
  return import('../translate');
};

describe('locales', () => {
  afterEach(() => setLocale('zh-CN'));

  it.each(LOCALE_TAGS)('%s has exactly the keys of zh-CN, each non-empty, with the same placeholders', async (tag) => {
    const table = (await loadMessages(tag)) as Record<string, string>;
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
    // references, the name of Chinese itself, the 字数 count Word and WPS show under that name.
    const keep = new Set(['library.searchPlaceholder', 'citation.unknownAuthor', 'settings.locale.zh-CN', 'wordcount.words.hint']);
    const chinese = Object.entries(enUS).filter(([k, v]) => !keep.has(k) && /[\u4e00-\u9fff]/.test(v) && !/qianwan|千万工程/.test(v));
    expect(chinese.map(([k]) => k)).toEqual([]);
  });

  it('switches the active table and tells subscribers', async () => {
    const seen: string[] = [];
    const off = subscribeLocale(() => seen.push(getLocale()));
    expect(t('docs.new')).toBe('新建文稿');
    await setLocale('en-US');
    expect(t('docs.new')).toBe('New document');
    expect(t('docs.showTrash', { n: 2 })).toBe('Trash (2)');
    await setLocale('en-US');
    await setLocale('zh-CN');
    off();
    await setLocale('en-US');
    expect(seen).toEqual(['en-US', 'zh-CN']);
  });

  it('keeps the old language until the new table is loaded, then switches in one step', async () => {
    const tr = await freshTranslate();
    const switching = tr.setLocale('en-US');
    expect(tr.pendingLocale()).toBe(switching);
    expect(tr.getLocale()).toBe('zh-CN');
    expect(tr.t('docs.new')).toBe('新建文稿');
    await switching;
    expect(tr.pendingLocale()).toBeNull();
    expect(tr.getLocale()).toBe('en-US');
    expect(tr.t('docs.new')).toBe('New document');
  });

  it('a language chosen while another is loading wins over the late table', async () => {
    const tr = await freshTranslate();
    const seen: string[] = [];
    tr.subscribeLocale(() => seen.push(tr.getLocale()));
    const late = tr.setLocale('en-US');
    await tr.setLocale('zh-CN');
    expect(tr.pendingLocale()).toBeNull();
    await late;
    expect(tr.getLocale()).toBe('zh-CN');
    expect(seen).toEqual([]);
  });

  it('recognises only known tags', () => {
    expect(isLocale('en-US')).toBe(true);
    expect(isLocale('fr-FR')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
    expect(isLocale('toString')).toBe(false);
  });
});
