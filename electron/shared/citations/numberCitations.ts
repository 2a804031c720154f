import type { NoteStyle } from './citationStyles';

export interface NoteNumbers {
  /** The number each citation shows, in document order (0 for 文中注, which has no notes). */
  numbers: number[];
  /** For each note in order, the index of the citation it was made from. */
  firsts: number[];
}

/**
 * Numbers citations for a note style, derived every time and never stored. [1] footnotes and
 * endnotes follow GB/T 7714 顺序编码制: by first appearance, a work cited again keeps its number.
 * Circled footnotes give every citation its own note (Word restarts them on each page). 文中注 has
 * no notes. `keys` says which citations cite the same work (resolveCitation's key).
 */
export function numberCitations(keys: readonly string[], style: NoteStyle): NoteNumbers {
  if (style === 'inline') return { numbers: keys.map(() => 0), firsts: [] };
  if (style === 'circled') return { numbers: keys.map((_, i) => i + 1), firsts: keys.map((_, i) => i) };
  const byKey = new Map<string, number>();
  const firsts: number[] = [];
  const numbers = keys.map((key, i) => {
    let n = byKey.get(key);
    if (n === undefined) {
      firsts.push(i);
      n = firsts.length;
      byKey.set(key, n);
    }
    return n;
  });
  return { numbers, firsts };
}

/**
 * The label of a group of adjacent citations, GB/T 7714 style: 1-3 for three or more consecutive
 * numbers, 1,3 otherwise; duplicates dropped.
 */
export function citationGroupLabel(numbers: number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    if (j - i >= 2) parts.push(`${sorted[i]}-${sorted[j]}`);
    else for (let k = i; k <= j; k++) parts.push(String(sorted[k]));
    i = j + 1;
  }
  return parts.join(',');
}
