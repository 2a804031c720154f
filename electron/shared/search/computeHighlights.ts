import { foldSearchText } from './foldSearchText';

/**
 * Where the search terms occur in `text`, as [start, end) offsets into `text` itself (the fold keeps
 * offsets), merged where they overlap or touch, in text order. `terms` are folded search terms
 * (SearchTerm.folded). Pass `folded` when the caller already has the text's fold.
 */
export function computeHighlights(text: string, terms: readonly string[], folded: string = foldSearchText(text)): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const term of terms) {
    if (term.length === 0) continue;
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1)) ranges.push([at, at + term.length]);
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push(r);
  }
  return merged;
}
