/**
 * A top list: for a string of one or two units whose posting list is long, the documents a search
 * for that string alone ranks first, best first, with the string's count in each — stored at build
 * time (search_tops), so such a search reads 1,024 entries instead of decoding and ranking hundreds
 * of thousands. The ranking is the one PassageSearch computes (same scoreDocs, same ties), so the
 * stored order is exactly the order a full ranking gives. Stored as little-endian int32 pairs.
 */
export const TOP_LIST_SIZE = 1024;
/** Shorter lists are ranked in full at search time: under about a millisecond. */
export const TOP_LIST_MIN_DF = 16384;

export interface TopList {
  /** Documents containing the string, exact. */
  df: number;
  /** The best documents, best first. */
  docs: Int32Array;
  /** The string's count in each of `docs`. */
  tf: Int32Array;
}

export function encodeTopList(docs: Int32Array, tf: Int32Array): Buffer {
  const out = Buffer.alloc(docs.length * 8);
  for (let i = 0; i < docs.length; i++) {
    out.writeInt32LE(docs[i]!, i * 8);
    out.writeInt32LE(tf[i]!, i * 8 + 4);
  }
  return out;
}

export function readTopList(df: number, blob: Uint8Array): TopList {
  const n = blob.length >>> 3;
  const view = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
  const docs = new Int32Array(n);
  const tf = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    docs[i] = view.getInt32(i * 8, true);
    tf[i] = view.getInt32(i * 8 + 4, true);
  }
  return { df, docs, tf };
}
