import { dropIgnored, spanInText } from './dropIgnored';
import { foldSearchText } from './foldSearchText';

/**
 * Where the search terms occur in `text`, as [start, end) offsets into `text` itself, merged where
 * they overlap or touch, in text order. `terms` are search keys (SearchTerm.folded, foldSearchKey):
 * they are looked for in the text's key, and the offsets mapped back, so a match across invisible
 * characters (千\u200b万) is highlighted whole in the original. `folded`: foldSearchText(text), when
 * already at hand.
 */
export function computeHighlights(text: string, terms: readonly string[], folded?: string): Array<[number, number]> {
  // The stored fold when the caller has it (a library row): folding again would be the same units.
  const { key, from } = dropIgnored(folded !== undefined && folded.length === text.length ? folded : foldSearchText(text));
  const ranges: Array<[number, number]> = [];
  for (const term of terms) {
    if (term.length === 0) continue;
    for (let at = key.indexOf(term); at !== -1; at = key.indexOf(term, at + 1)) ranges.push(spanInText(from, at, term.length));
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
