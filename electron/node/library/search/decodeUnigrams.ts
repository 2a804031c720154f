import { lookUpBitmap } from './lookUpBitmap';
import type { Posting } from './PostingStore';
import { HEAP_SCRATCH, type Scratch } from './SearchScratch';
import type { TermMatches } from './TermMatches';
import { UNIGRAM_BITMAP } from './unigramFormat';
import { VarintReader } from './VarintReader';


/**
 * The documents (in `within`, when given) containing one unit, with its count in each: exact,
 * a single character needs no further check.
 */
export function decodeUnigrams(p: Posting, docCount: number, within: Int32Array | null, scratch: Scratch = HEAP_SCRATCH): TermMatches {
  const cap = within ? Math.min(p.df, within.length) : p.df;
  const docs = scratch.int32(cap);
  const tf = scratch.int32(cap);
  let n = 0;
  const b = p.bytes;
  if (b[0] === UNIGRAM_BITMAP) {
    const bits = Math.ceil(docCount / 8);
    const countAt = (rank: number) => ((b[1 + bits + (rank >>> 2)]! >>> ((rank & 3) * 2)) & 3) + 1;
    if (within) {
      // Random access: test each allowed document's bit, keeping a running rank for its count.
      n = lookUpBitmap(b, within, countAt, docs, tf);
    } else {
      for (let byte = 0; byte < bits; byte++) {
        let v = b[1 + byte]!;
        while (v) {
          const low = v & -v;
          docs[n] = byte * 8 + 31 - Math.clz32(low);
          tf[n] = countAt(n);
          n++;
          v ^= low;
        }
      }
    }
    return { docs: docs.subarray(0, n), tf: tf.subarray(0, n) };
  }
  const r = new VarintReader(b);
  r.pos = 1;
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
