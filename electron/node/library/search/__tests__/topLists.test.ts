import { afterAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../buildSearchIndex';
import { PassageSearch } from '../PassageSearch';
import { TOP_LIST_SIZE } from '../topListFormat';
import { libraryDb, recombinedPassages } from './testLibrary';

// Short lists get top lists here, so a 3,000-passage library has hundreds of them.
const db = libraryDb(recombinedPassages(3000, 20261202));
const stats = buildSearchIndex(db, { topListMinDf: 40 });
const fast = new PassageSearch(db);
const full = new PassageSearch(db, { topLists: false });
afterAll(() => db.close());

function strings(): string[] {
  const units = (db.prepare('SELECT unit FROM search_tops JOIN search_unigrams ON -1 - unit = gram').pluck().all() as number[]).map((u) => String.fromCharCode(u));
  const pairs = (db.prepare('SELECT pair FROM search_tops JOIN search_bigrams ON pair = gram').pluck().all() as number[]).map((p) => String.fromCharCode(Math.floor(p / 65536), p % 65536));
  return [...units, ...pairs].filter((s) => !/[\s"“”「」『』＂]|^[-－]/u.test(s));
}

describe('top lists', () => {
  it('rank every page they reach exactly as a full ranking does: same passages, scores, order and total', () => {
    const all = strings();
    expect(stats.topLists).toBeGreaterThan(200);
    expect(all.length).toBeGreaterThan(200);
    for (const q of all) {
      for (const [offset, limit] of [
        [0, 20],
        [37, 20],
        [TOP_LIST_SIZE - 20, 20],
      ] as const) {
        const a = fast.rank({ query: q, offset, limit });
        const b = full.rank({ query: q, offset, limit });
        expect(a.total, q).toBe(b.total);
        expect(a.rowids, `${q} @${offset}`).toEqual(b.rowids);
        expect(a.scores).toEqual(b.scores);
      }
    }
  });

  it('are what answers: a page of such a string comes from its top list, not its posting list', () => {
    const q = strings().find((s) => s.length === 2)!;
    const before = fast.rank({ query: q, limit: 20 });
    const pair = q.charCodeAt(0) * 65536 + q.charCodeAt(1);
    db.prepare('UPDATE search_bigrams SET df = 0, postings = zeroblob(0) WHERE pair = ?').run(pair);
    const fresh = new PassageSearch(db);
    expect(fresh.rank({ query: q, limit: 20 })).toEqual(before);
    // Past the top list, or with a filter or another word, the posting list is read (now empty).
    expect(fresh.rank({ query: q, offset: TOP_LIST_SIZE, limit: 20 }).total).toBe(0);
    expect(fresh.rank({ query: `${q} ${q[0]}`, limit: 20 }).total).toBe(0);
  });
});
