import { BIGRAM_BITMAP } from './bigramFormat';
import { EntryReader } from './EntryReader';
import { lookUpBitmap } from './lookUpBitmap';
import type { Posting } from './PostingStore';
import { HEAP_SCRATCH, type Scratch } from './SearchScratch';
import type { TermMatches } from './TermMatches';

/**
 * The documents (in `within`, when given) of a bigram list's entries, with the count in each: exact
 * for a two-unit string, so no text needs checking and no position is read. A bitmap list is looked
 * up by bit for each allowed document (a running rank finds its count), a list is read through.
 */
export function decodeCounts(p: Posting, docCount: number, within: Int32Array | null, scratch: Scratch = HEAP_SCRATCH): TermMatches {
  const cap = within ? Math.min(p.df, within.length) : p.df;
  const docs = scratch.int32(cap);
  const tf = scratch.int32(cap);
  let n = 0;
  if (within && p.bytes[0] === BIGRAM_BITMAP) {
    const b = p.bytes;
    const counts = 1 + Math.ceil(docCount / 8);
    n = lookUpBitmap(b, within, (rank) => b[counts + rank]!, docs, tf);
    return { docs: docs.subarray(0, n), tf: tf.subarray(0, n) };
  }
  const r = new EntryReader(p.bytes, docCount);
  let w = 0;
  const wn = within ? within.length : 0;
  for (let i = 0; i < p.df; i++) {
    r.next();
    const doc = r.doc;
    if (within) {
      while (w < wn && within[w]! < doc) w++;
      if (w === wn) break;
      if (within[w] !== doc) continue;
    }
    docs[n] = doc;
    tf[n] = r.count;
    n++;
  }
  return { docs: docs.subarray(0, n), tf: tf.subarray(0, n) };
}
