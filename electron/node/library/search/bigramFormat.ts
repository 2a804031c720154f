import { ByteWriter } from './ByteWriter';
import { VarintReader } from './VarintReader';

/**
 * A stored bigram list: the byte length of its entries (a varint), the entries (as unigram lists:
 * head = 2 × doc delta + (count > 1), then count − 2 if above one), then every entry's positions
 * in the same order (first absolute, then deltas). Counting matches, which is all a two-character
 * word needs, reads the entries alone; only a longer string reads positions.
 */
export function encodeBigrams(entries: Uint8Array, positions: Uint8Array): Uint8Array {
  const head = new ByteWriter(5);
  head.varint(entries.length);
  const out = new Uint8Array(head.length + entries.length + positions.length);
  out.set(head.view(), 0);
  out.set(entries, head.length);
  out.set(positions, head.length + entries.length);
  return out;
}

/** The two parts of a stored bigram list, as views of `blob`: the entries (`bytes`) and their positions. */
export function splitBigrams(blob: Uint8Array): { bytes: Uint8Array; positions: Uint8Array } {
  if (blob.length === 0) return { bytes: blob, positions: blob };
  const r = new VarintReader(blob);
  const length = r.next();
  return { bytes: blob.subarray(r.pos, r.pos + length), positions: blob.subarray(r.pos + length) };
}
