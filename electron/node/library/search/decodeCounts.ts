import type { Posting } from './PostingStore';
import type { TermMatches } from './TermMatches';
import { VarintReader } from './VarintReader';

/**
 * The documents (in `within`, when given) of a list's entries, with the count in each: for a
 * bigram, exact for a two-unit string, so no text needs checking and no position is read.
 */
export function decodeCounts(p: Posting, within: Int32Array | null): TermMatches {
  const r = new VarintReader(p.bytes);
  const cap = within ? Math.min(p.df, within.length) : p.df;
  const docs = new Int32Array(cap);
  const tf = new Int32Array(cap);
  let n = 0;
  let doc = -1;
  let w = 0;
  const wn = within ? within.length : 0;
  for (let i = 0; i < p.df; i++) {
    const head = r.next();
    doc += head >>> 1;
    const count = head & 1 ? r.next() + 2 : 1;
    if (within) {
      while (w < wn && within[w]! < doc) w++;
      if (w === wn) break;
      if (within[w] !== doc) continue;
    }
    docs[n] = doc;
    tf[n] = count;
    n++;
  }
  return { docs: docs.subarray(0, n), tf: tf.subarray(0, n) };
}
