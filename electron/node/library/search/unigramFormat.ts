import { readEntries } from './readEntries';

/**
 * Unigram lists are stored in whichever of two forms is smaller, told apart by the first byte.
 * LIST: the entries (head = 2 × doc delta + (count > 1), then count − 2 if above one).
 * BITMAP: one bit per document of the library, then each present document's count in two bits
 * (1, 2, 3, or 4 for four and more; BM25 has saturated by then). A character in half of all
 * passages costs a quarter of a byte per passage instead of more than one.
 */
export const UNIGRAM_LIST = 0;
export const UNIGRAM_BITMAP = 1;

/** The stored form of an accumulated unigram list (`entries` without the tag byte). */
export function encodeUnigrams(entries: Uint8Array, df: number, docCount: number): Uint8Array {
  const bitmapBytes = Math.ceil(docCount / 8) + Math.ceil(df / 4);
  if (bitmapBytes >= entries.length) {
    const out = new Uint8Array(entries.length + 1);
    out[0] = UNIGRAM_LIST;
    out.set(entries, 1);
    return out;
  }
  const bits = Math.ceil(docCount / 8);
  const out = new Uint8Array(1 + bitmapBytes);
  out[0] = UNIGRAM_BITMAP;
  readEntries(entries, df, (doc, count, i) => {
    out[1 + (doc >>> 3)]! |= 1 << (doc & 7);
    out[1 + bits + (i >>> 2)]! |= (Math.min(count, 4) - 1) << ((i & 3) * 2);
  });
  return out;
}
