import { foldForIndex } from './foldForIndex';

/**
 * Ranges in `text` where any of the terms occurs (folded: width, case, traditional/simplified), merged where they overlap,
 * in text order.
 */
export function findHighlights(text: string, terms: string[]): Array<[number, number]> {
  const hay = foldForIndex(text);
  const ranges: Array<[number, number]> = [];
  for (const raw of terms) {
    const term = foldForIndex(raw);
    if (!term) continue;
    let at = hay.indexOf(term);
    while (at !== -1) {
      ranges.push([at, at + term.length]);
      at = hay.indexOf(term, at + 1);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}
