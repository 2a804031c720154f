import { readEntries } from './readEntries';

/**
 * A stored bigram list: the entries (search_bigrams.postings), and apart from them every entry's
 * positions in the same order (search_bigrams.positions; first absolute, then deltas). Counting
 * matches, which is all a two-character word needs, reads the entries alone; only a longer string
 * reads positions, and SQLite reads a row's columns only up to the one asked for, so a common pair's
 * megabytes of positions stay on disk for a two-character search.
 *
 * The entries come in one of two forms, told apart by their first byte:
 * LIST: entries as unigram lists have them (head = 2 × doc delta + (count > 1), then count − 2 if
 * above one).
 * BITMAP, for a bigram in at least one passage of BITMAP_DENSITY (工程, 乡村 … in most of a library
 * about one subject): one bit per document of the library, then each present document's count in a
 * byte, in document order. No varint to decode: two such words are intersected a byte of eight
 * passages at a time, and any passage is looked up by its bit.
 */
export const BIGRAM_LIST = 0;
export const BIGRAM_BITMAP = 1;
/** A bigram in at least 1 of this many passages is stored as a bitmap (at most twice its list's size, often less). */
export const BITMAP_DENSITY = 8;
/** Counts above this (a bigram repeated hundreds of times in one passage) keep the list form. */
const BITMAP_MAX_COUNT = 255;

/**
 * The stored form of an accumulated bigram list: `entries` as PostingAccumulator wrote them (list
 * form without the tag), `df` of them over a library of `docCount` documents.
 */
export function encodeBigrams(entries: Uint8Array, positions: Uint8Array, df: number, docCount: number): { bytes: Uint8Array; positions: Uint8Array } {
  const form = df * BITMAP_DENSITY >= docCount && df > 0 ? bitmapOf(entries, df, docCount) : null;
  return { bytes: form ?? listOf(entries), positions };
}

function listOf(entries: Uint8Array): Uint8Array {
  const out = new Uint8Array(entries.length + 1);
  out[0] = BIGRAM_LIST;
  out.set(entries, 1);
  return out;
}

/** The bitmap form, or null when a count does not fit in a byte. */
function bitmapOf(entries: Uint8Array, df: number, docCount: number): Uint8Array | null {
  const bits = Math.ceil(docCount / 8);
  const out = new Uint8Array(1 + bits + df);
  out[0] = BIGRAM_BITMAP;
  const fits = readEntries(entries, df, (doc, count, i) => {
    if (count > BITMAP_MAX_COUNT) return false;
    out[1 + (doc >>> 3)]! |= 1 << (doc & 7);
    out[1 + bits + i] = count;
  });
  if (!fits) return null;
  return out;
}
