import { afterAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../buildSearchIndex';
import { PassageSearch } from '../PassageSearch';
import { SearchScratch } from '../SearchScratch';
import { libraryDb, recombinedPassages } from './testLibrary';

describe('SearchScratch', () => {
  it('hands the same buffers out again after a reset, in the same order, grown to the largest request', () => {
    const s = new SearchScratch();
    const a = s.int32(10);
    const b = s.int32(5000);
    const f = s.float64(100);
    expect(a.buffer).not.toBe(b.buffer);
    s.reset();
    const a2 = s.int32(20);
    const b2 = s.int32(4000);
    const f2 = s.float64(50);
    expect([a2.length, b2.length, f2.length]).toEqual([20, 4000, 50]);
    expect(a2.buffer).toBe(a.buffer);
    expect(b2.buffer).toBe(b.buffer);
    expect(f2.buffer).toBe(f.buffer);
    s.reset();
    s.int32(1);
    const bigger = s.int32(9000);
    expect(bigger.buffer).not.toBe(b.buffer);
    expect(bigger.length).toBe(9000);
    s.reset();
    s.int32(1);
    expect(s.int32(8000).buffer).toBe(bigger.buffer);
  });

  it('allocates plainly, without keeping it, what would take it past its budget', () => {
    const s = new SearchScratch(64 * 1024);
    s.int32(1000);
    const big = s.int32(100_000);
    expect(big.length).toBe(100_000);
    expect(s.bytes).toBeLessThanOrEqual(64 * 1024);
    s.reset();
    s.int32(1000);
    expect(s.int32(100_000).buffer).not.toBe(big.buffer);
  });
});

describe('PassageSearch with reused working arrays', () => {
  const db = libraryDb(recombinedPassages(1500, 7));
  buildSearchIndex(db);
  afterAll(() => db.close());

  it('answers each query of a mixed run exactly as a fresh search does (nothing left over from the one before)', () => {
    const reused = new PassageSearch(db, { topLists: false });
    // Large lists, then small ones, words ANDed and excluded, phrases, filters by page: every path that writes the arrays.
    const queries = ['的', '乡村 的', '村 -的', '振兴', '千万工程', '的 村 乡', '"乡村振兴"', '浙江 -乡村', '和美乡村 建设', '的', '工程 -浙江 -村'];
    for (const [i, query] of queries.entries()) {
      for (const offset of [0, 20]) {
        const fresh = new PassageSearch(db, { topLists: false }).search({ query, limit: 20, offset });
        const again = reused.search({ query, limit: 20, offset });
        expect(again, `${i}: ${query} @${offset}`).toEqual(fresh);
      }
    }
  });
});
