import { POPCOUNT } from './popcount';

/**
 * The documents of `within` (sorted) whose bit is set in a bitmap list (`b`: the form's tag byte,
 * then one bit per document), written to `docs` with their count (`countAt` of the document's rank
 * among the set bits) in `tf`; returns how many. A running rank, so one pass over both.
 */
export function lookUpBitmap(b: Uint8Array, within: Int32Array, countAt: (rank: number) => number, docs: Int32Array, tf: Int32Array): number {
  let n = 0;
  let rank = 0;
  let byte = 0;
  for (const doc of within) {
    const at = doc >>> 3;
    for (; byte < at; byte++) rank += POPCOUNT[b[1 + byte]!]!;
    const v = b[1 + at]!;
    if (v & (1 << (doc & 7))) {
      docs[n] = doc;
      tf[n] = countAt(rank + POPCOUNT[v & ((1 << (doc & 7)) - 1)]!);
      n++;
    }
  }
  return n;
}
