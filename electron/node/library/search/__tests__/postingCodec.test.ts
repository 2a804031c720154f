import { describe, expect, it } from 'vitest';
import { ByteWriter } from '../ByteWriter';
import { BIGRAM_BITMAP, BIGRAM_LIST, encodeBigrams } from '../bigramFormat';
import { chooseCover } from '../chooseCover';
import { decodeCounts } from '../decodeCounts';
import { decodeUnigrams } from '../decodeUnigrams';
import { matchPhrase } from '../matchPhrase';
import { PostingAccumulator } from '../PostingAccumulator';
import { topK } from '../rankDocs';
import { encodeUnigrams, UNIGRAM_BITMAP, UNIGRAM_LIST } from '../unigramFormat';
import { VarintReader } from '../VarintReader';

describe('varints', () => {
  it('round-trips values at every length boundary, and skips them', () => {
    const values = [0, 1, 239, 240, 241, 2287, 2288, 2289, 461039, 461040, 2 ** 31 - 1, 2 ** 32 - 1];
    const w = new ByteWriter(1);
    for (const v of values) w.varint(v);
    const r = new VarintReader(w.view());
    expect(values.map(() => r.next())).toEqual(values);
    expect(r.pos).toBe(w.length);
    const s = new VarintReader(w.view());
    s.skip(values.length - 1);
    expect(s.next()).toBe(2 ** 32 - 1);
  });

  it('keeps positions of ordinary passages in one byte', () => {
    const w = new ByteWriter();
    w.varint(239);
    expect(w.length).toBe(1);
    w.varint(600);
    expect(w.length).toBe(3);
  });
});

const NO_POSITIONS = new Uint8Array(0);

describe('unigram lists', () => {
  function accumulate(counts: Map<number, number>): { bytes: Uint8Array; df: number } {
    const acc = new PostingAccumulator();
    const slot = acc.slotOf(7);
    for (const [doc, count] of [...counts].sort((a, b) => a[0] - b[0])) acc.begin(slot, doc, count);
    const e = [...acc.entries()][0]!;
    return { bytes: e.postings, df: e.df };
  }

  it('stores a rare character as a list and a common one as a bitmap, decoding both alike', () => {
    const docCount = 1000;
    const rare = new Map([
      [3, 1],
      [500, 2],
      [999, 9],
    ]);
    const common = new Map(Array.from({ length: 600 }, (_, i) => [i * 1 + Math.floor(i / 2), 1 + (i % 6)] as [number, number]).filter(([d]) => d < docCount));
    for (const [counts, form] of [
      [rare, UNIGRAM_LIST],
      [common, UNIGRAM_BITMAP],
    ] as const) {
      const { bytes, df } = accumulate(counts);
      const stored = encodeUnigrams(bytes, df, docCount);
      expect(stored[0]).toBe(form);
      const all = decodeUnigrams({ df, bytes: stored, positions: NO_POSITIONS }, docCount, null);
      const docs = [...counts.keys()].sort((a, b) => a - b);
      expect(Array.from(all.docs)).toEqual(docs);
      // Counts are exact in a list; a bitmap keeps 1–3 and 4 for more.
      expect(Array.from(all.tf)).toEqual(docs.map((d) => (form === UNIGRAM_LIST ? counts.get(d)! : Math.min(4, counts.get(d)!))));
      const within = Int32Array.from([0, 3, 4, 500, 501, 998, 999]);
      const some = decodeUnigrams({ df, bytes: stored, positions: NO_POSITIONS }, docCount, within);
      expect(Array.from(some.docs)).toEqual(Array.from(within).filter((d) => counts.has(d)));
      expect(Array.from(some.tf)).toEqual(Array.from(some.docs, (d) => (form === UNIGRAM_LIST ? counts.get(d)! : Math.min(4, counts.get(d)!))));
    }
  });
});

describe('bigram lists', () => {
  function bigramList(docs: Array<[number, number[]]>): { postings: Uint8Array; positions: Uint8Array; df: number } {
    const acc = new PostingAccumulator();
    const slot = acc.slotOf(0x4e00 * 65536 + 0x4e8c);
    for (const [doc, positions] of docs) {
      acc.begin(slot, doc, positions.length);
      const w = acc.positions(slot, positions.length);
      let prev = 0;
      for (const p of positions) {
        w.put(p - prev);
        prev = p;
      }
    }
    return [...acc.entries()][0]!;
  }

  it('keep the positions apart from the entries: counts read without them, phrases with them, in either form', () => {
    const docs: Array<[number, number[]]> = [
      [2, [5]],
      [40, [0, 7, 300, 2400]],
      [41, [1]],
      [900, [3, 9]],
    ];
    const e = bigramList(docs);
    // In 4 of 1,000 passages a list; the same in a library of 30 (more than one passage in eight) a bitmap.
    const small: Array<[number, number[]]> = [
      [1, [3, 9]],
      [2, [5]],
      [11, [0, 7, 300, 2400]],
      [12, [1]],
    ];
    for (const [list, docCount, form] of [
      [docs, 1000, BIGRAM_LIST],
      [small, 30, BIGRAM_BITMAP],
    ] as const) {
      const built = bigramList([...list]);
      const posting = { df: built.df, ...encodeBigrams(built.postings, built.positions, built.df, docCount) };
      expect(posting.bytes[0]).toBe(form);
      expect(posting.positions).toEqual(built.positions);
      const counts = decodeCounts(posting, docCount, null);
      expect(Array.from(counts.docs)).toEqual(list.map(([d]) => d));
      expect(Array.from(counts.tf)).toEqual(list.map(([, p]) => p.length));
    }
    const posting = { df: e.df, ...encodeBigrams(e.postings, e.positions, e.df, 1000) };
    expect(Array.from(decodeCounts(posting, 1000, Int32Array.from([40, 900, 901])).docs)).toEqual([40, 900]);
    // The same bigram at offsets 0 and 7 of a string: documents with positions p and p + 7.
    const phrase = matchPhrase(
      [
        { offset: 0, posting },
        { offset: 7, posting },
      ],
      1000,
      null,
    );
    expect(Array.from(phrase.docs)).toEqual([40]);
    expect(Array.from(phrase.tf)).toEqual([1]);
  });

  it('in bitmap form, decode, look up and match phrases exactly as in list form', () => {
    const docCount = 2000;
    let seed = 7;
    const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const docs: Array<[number, number[]]> = [];
    for (let d = 0; d < docCount; d++) {
      if (d === 77 || rand() < 0.4) {
        const n = d === 77 ? 600 : 1 + Math.floor(rand() * 5);
        const positions = d === 77 ? Array.from({ length: n }, (_, i) => i * 2) : [...new Set(Array.from({ length: n }, () => Math.floor(rand() * 2000)))].sort((a, b) => a - b);
        docs.push([d, positions]);
      }
    }
    const e = bigramList(docs);
    const asList = { df: e.df, ...encodeBigrams(e.postings, e.positions, e.df, docCount * 100) };
    const asBitmap = { df: e.df, ...encodeBigrams(e.postings, e.positions, e.df, docCount) };
    expect(asList.bytes[0]).toBe(BIGRAM_LIST);
    // Document 77 has a count above 255: only then does the list form stay.
    expect(docs.find(([d]) => d === 77)![1].length).toBeGreaterThan(255);
    expect(asBitmap.bytes[0]).toBe(BIGRAM_LIST);
    const noBig = bigramList(docs.map(([d, p]) => [d, d === 77 ? p.slice(0, 3) : p] as [number, number[]]));
    const bitmap = { df: noBig.df, ...encodeBigrams(noBig.postings, noBig.positions, noBig.df, docCount) };
    const list = { df: noBig.df, ...encodeBigrams(noBig.postings, noBig.positions, noBig.df, docCount * 100) };
    expect(bitmap.bytes[0]).toBe(BIGRAM_BITMAP);
    const within = Int32Array.from({ length: 300 }, (_, i) => i * 6 + (i % 5));
    for (const w of [null, within]) {
      expect(decodeCounts(bitmap, docCount, w)).toEqual(decodeCounts(list, docCount * 100, w));
      const pairs = (p: typeof bitmap) => [
        { offset: 0, posting: p },
        { offset: 3, posting: p },
      ];
      expect(matchPhrase(pairs(bitmap), docCount, w)).toEqual(matchPhrase(pairs(list), docCount * 100, w));
    }
  });
});

describe('chooseCover', () => {
  it('covers every unit, from the first bigram to the last, at the least cost', () => {
    expect(chooseCover([5])).toEqual([0]);
    expect(chooseCover([5, 5])).toEqual([0, 1]);
    expect(chooseCover([1, 100, 1])).toEqual([0, 2]);
    expect(chooseCover([1, 1, 100, 1, 1])).toEqual([0, 1, 3, 4]);
    const costs = [3, 9, 1, 9, 2, 9, 4];
    const cover = chooseCover(costs);
    expect(cover[0]).toBe(0);
    expect(cover[cover.length - 1]).toBe(costs.length - 1);
    for (let i = 1; i < cover.length; i++) expect(cover[i]! - cover[i - 1]!).toBeLessThanOrEqual(2);
    expect(cover).toEqual([0, 2, 4, 6]);
  });
});

describe('topK', () => {
  it('returns the best k, best first, equal scores in document order', () => {
    const scores = Float64Array.from([1, 5, 3, 5, 0, 3, 5]);
    expect(Array.from(topK(scores, 4))).toEqual([1, 3, 6, 2]);
    expect(Array.from(topK(scores, 100))).toEqual([1, 3, 6, 2, 5, 0, 4]);
    expect(Array.from(topK(scores, 0))).toEqual([]);
  });

  it('agrees with a full sort on random scores', () => {
    let seed = 1;
    const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const scores = Float64Array.from({ length: 5000 }, () => Math.floor(rand() * 50));
    const sorted = Array.from(scores.keys()).sort((a, b) => scores[b]! - scores[a]! || a - b);
    expect(Array.from(topK(scores, 137))).toEqual(sorted.slice(0, 137));
  });
});
