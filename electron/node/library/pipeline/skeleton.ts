import { foldForSearch } from '../../../shared/text/foldForSearch';

/**
 * The comparison form of a text: folded (width, case), with everything but letters, digits and Chinese
 * characters dropped, so two copies that differ only in punctuation style or line breaks compare equal.
 */
export function skeleton(text: string): string {
  return foldForSearch(text).replace(/[^\p{L}\p{N}]+/gu, '');
}

function fnv(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let j = from; j < to; j++) h = Math.imul(h ^ s.charCodeAt(j), 0x01000193);
  return h >>> 0;
}

/** Hashes of the overlapping k-character shingles of a skeleton (FNV-1a, 32-bit). */
export function shingleHashes(skel: string, k: number): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i + k <= skel.length; i++) out.add(fnv(skel, i, i + k));
  if (skel.length > 0 && skel.length < k) out.add(fnv(skel, 0, skel.length));
  return out;
}
