import { Converter } from 'opencc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldSearchText } from '../../../../shared/search/foldSearchText';
import { buildSearchIndex } from '../buildSearchIndex';
import { PassageSearch } from '../PassageSearch';
import { libraryDb, recombinedPassages, seededRandom, type TestPassage } from './testLibrary';

const passages: TestPassage[] = recombinedPassages(3000, 20240501);
const folded = passages.map((p) => foldSearchText(p.text));
const db = libraryDb(passages);
let search: PassageSearch;

beforeAll(() => {
  buildSearchIndex(db);
  search = new PassageSearch(db);
});
afterAll(() => db.close());

/** Passage indexes (= rowid - 1) whose folded text has every include and no exclude: the truth. */
function expected(include: string[], exclude: string[] = []): number[] {
  const inc = include.map(foldSearchText);
  const exc = exclude.map(foldSearchText);
  const out: number[] = [];
  folded.forEach((f, i) => {
    if (inc.every((t) => f.includes(t)) && !exc.some((t) => f.includes(t))) out.push(i);
  });
  return out;
}

function allRowids(query: string): number[] {
  const first = search.search({ query, limit: 0 });
  return search.search({ query, limit: first.total }).hits.map((h) => h.rowid);
}

describe('recall: random substrings of random passages', () => {
  it('finds every passage containing a drawn 1–12 character string, and only those', () => {
    const rand = seededRandom(7);
    let checked = 0;
    while (checked < 400) {
      const i = Math.floor(rand() * passages.length);
      const text = passages[i]!.text;
      const len = 1 + Math.floor(rand() * 12);
      const at = Math.floor(rand() * Math.max(1, text.length - len + 1));
      const q = text.slice(at, at + len);
      // The query syntax gives spaces, quotes and a leading minus a meaning; those strings are drawn again.
      if (q.length < len || /[\s"“”「」『』＂]/u.test(q) || /^[-－]/u.test(q)) continue;
      checked++;
      const truth = expected([q]);
      expect(truth).toContain(i);
      const result = search.search({ query: q, limit: 20 });
      expect(result.total, q).toBe(truth.length);
      const rowids = allRowids(q);
      expect(rowids, q).toContain(i + 1);
      expect([...rowids].sort((a, b) => a - b)).toEqual(truth.map((t) => t + 1));
      for (const hit of result.hits) {
        expect(folded[hit.rowid - 1]!.includes(foldSearchText(q)), q).toBe(true);
        expect(hit.highlights.length).toBeGreaterThan(0);
      }
    }
  });

  it('finds the same passages for a string typed in traditional characters', () => {
    const toTraditional = Converter({ from: 'cn', to: 'tw' });
    const rand = seededRandom(11);
    let tried = 0;
    while (tried < 60) {
      const text = passages[Math.floor(rand() * passages.length)]!.text;
      const at = Math.floor(rand() * (text.length - 6));
      const q = text.slice(at, at + 2 + Math.floor(rand() * 5));
      if (/[\s"“”「」『』＂\-－]/u.test(q)) continue;
      const trad = toTraditional(q);
      if (trad === q) continue;
      tried++;
      expect(search.search({ query: trad, limit: 0 }).total, `${q} / ${trad}`).toBe(expected([q]).length);
    }
  });

  it('needs every word (AND) and drops passages with an excluded word', () => {
    const rand = seededRandom(13);
    for (let k = 0; k < 60; k++) {
      const a = passages[Math.floor(rand() * passages.length)]!.text;
      const b = passages[Math.floor(rand() * passages.length)]!.text;
      const wa = a.slice(0, 2 + (k % 3)).replace(/[\s"“”「」『』＂]/gu, '');
      const wb = b.slice(3, 4 + (k % 2)).replace(/[\s"“”「」『』＂]/gu, '');
      if (!wa || !wb || /^[-－]/u.test(wa) || /^[-－]/u.test(wb)) continue;
      expect(search.search({ query: `${wa} ${wb}`, limit: 0 }).total, `${wa} ${wb}`).toBe(expected([wa, wb]).length);
      expect(search.search({ query: `${wa} -${wb}`, limit: 0 }).total, `${wa} -${wb}`).toBe(expected([wa], [wb]).length);
    }
  });

  it('matches quoted phrases with their spaces exactly', () => {
    const spaced = passages.findIndex((p) => / /.test(p.text));
    expect(spaced).toBeGreaterThanOrEqual(0);
    const text = passages[spaced]!.text;
    const sp = text.indexOf(' ');
    const phrase = text.slice(Math.max(0, sp - 3), sp + 4);
    const result = search.search({ query: `"${phrase}"`, limit: 50 });
    expect(result.total).toBe(expected([phrase]).length);
    expect(allRowids(`"${phrase}"`)).toContain(spaced + 1);
  });

  it('finds Latin words in any width and case', () => {
    for (const q of ['app', 'ＡＰＰ', 'App', 'gdp', 'ＷＩＦＩ', '5g']) expect(search.search({ query: q, limit: 0 }).total, q).toBe(expected([q]).length);
    expect(expected(['app']).length).toBeGreaterThan(0);
  });
});
