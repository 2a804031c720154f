import { EntryReader } from './EntryReader';
import type { Posting } from './PostingStore';
import { HEAP_SCRATCH, type Scratch } from './SearchScratch';
import { NO_MATCHES, type TermMatches } from './TermMatches';
import { VarintReader } from './VarintReader';

/**
 * Exact matches of a string of three or more units from positional bigram postings (bigramFormat): the rarest
 * bigram gives candidate start positions per document, and each further bigram (rarer first)
 * keeps the starts where it occurs at its offset. No passage text is read, and the count of
 * surviving starts is the term frequency.
 *
 * `grams` are the covering bigrams with their offsets in the string.
 */
export function matchPhrase(grams: ReadonlyArray<{ offset: number; posting: Posting }>, docCount: number, within: Int32Array | null, scratch: Scratch = HEAP_SCRATCH): TermMatches {
  if (grams.length === 0 || grams.some((g) => g.posting.df === 0)) return NO_MATCHES;
  const order = [...grams].sort((a, b) => a.posting.df - b.posting.df || a.offset - b.offset);
  const first = order[0]!;
  // Candidates in CSR form: docs[i]'s starts are starts[at[i] .. at[i + 1]).
  const cap = within ? Math.min(first.posting.df, within.length) : first.posting.df;
  const docs = scratch.int32(cap);
  const at = scratch.int32(cap + 1);
  // Every position takes at least a byte.
  const starts = scratch.int32(first.posting.positions.length);
  let m = 0;
  let s = 0;
  {
    const r = new EntryReader(first.posting.bytes, docCount);
    const q = new VarintReader(first.posting.positions);
    // Positions of entries passed over, skipped in one go before the next ones read.
    let unread = 0;
    let w = 0;
    const wn = within ? within.length : 0;
    for (let i = 0; i < first.posting.df; i++) {
      r.next();
      const doc = r.doc;
      const count = r.count;
      if (within) {
        while (w < wn && within[w]! < doc) w++;
        if (w === wn) break;
        if (within[w] !== doc) {
          unread += count;
          continue;
        }
      }
      if (unread > 0) {
        q.skip(unread);
        unread = 0;
      }
      docs[m] = doc;
      at[m] = s;
      let pos = 0;
      for (let k = 0; k < count; k++) {
        pos += q.next();
        starts[s++] = pos - first.offset;
      }
      m++;
    }
    at[m] = s;
  }
  let positions = new Int32Array(64);
  for (let g = 1; g < order.length && m > 0; g++) {
    const { offset, posting } = order[g]!;
    const r = new EntryReader(posting.bytes, docCount);
    const q = new VarintReader(posting.positions);
    let unread = 0;
    let ci = 0;
    let kept = 0;
    let keptStarts = 0;
    for (let i = 0; i < posting.df && ci < m; i++) {
      r.next();
      const doc = r.doc;
      const count = r.count;
      while (ci < m && docs[ci]! < doc) ci++;
      if (ci === m || docs[ci] !== doc) {
        unread += count;
        continue;
      }
      if (unread > 0) {
        q.skip(unread);
        unread = 0;
      }
      if (positions.length < count) positions = new Int32Array(count * 2);
      let pos = 0;
      for (let k = 0; k < count; k++) {
        pos += q.next();
        positions[k] = pos;
      }
      // Both sorted: keep each start whose bigram position (start + offset) is in the list.
      let a = at[ci]!;
      const aEnd = at[ci + 1]!;
      let k = 0;
      const before = keptStarts;
      while (a < aEnd && k < count) {
        const want = starts[a]! + offset;
        const have = positions[k]!;
        if (want === have) {
          starts[keptStarts++] = starts[a]!;
          a++;
          k++;
        } else if (want < have) a++;
        else k++;
      }
      if (keptStarts > before) {
        docs[kept] = doc;
        at[kept] = before;
        kept++;
      }
      ci++;
    }
    m = kept;
    at[m] = keptStarts;
  }
  const tf = scratch.int32(m);
  for (let i = 0; i < m; i++) tf[i] = at[i + 1]! - at[i]!;
  return { docs: docs.subarray(0, m), tf };
}
