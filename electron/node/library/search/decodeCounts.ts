import type { Posting } from './PostingStore';
import type { TermMatches } from './TermMatches';
import { VarintReader } from './VarintReader';

/**
 * The documents and counts of a posting list (unigram, or bigram with its positions skipped),
 * keeping only documents in `within` when given (sorted). The list is exact for a one- or
 * two-unit string, so no text needs checking.
 */
export function decodeCounts(p: Posting, positional: boolean, within: Int32Array | null): TermMatches {
  const r = new VarintReader(p.bytes);
  const cap = within ? Math.min(p.df, within.length) : p.df;
  const docs = new Int32Array(cap);
  const tf = new Int32Array(cap);
  let n = 0;
  let doc = -1;
  let w = 0;
  const wn = within ? within.length : 0;
  for (let i = 0; i < p.df; i++) {
    doc += r.next();
    const count = r.next();
    if (positional) r.skip(count);
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
