function fnv(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let j = from; j < to; j++) h = Math.imul(h ^ s.charCodeAt(j), 0x01000193);
  return h >>> 0;
}

/** Hashes of the overlapping k-character shingles of a folded text (foldForDuplicates; FNV-1a, 32-bit). */
export function shingleHashes(folded: string, k: number): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i + k <= folded.length; i++) out.add(fnv(folded, i, i + k));
  if (folded.length > 0 && folded.length < k) out.add(fnv(folded, 0, folded.length));
  return out;
}
