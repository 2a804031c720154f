import { foldForSearch } from './foldForSearch';
import { simplifiedCharTable } from './toSimplified';

/**
 * Folding for finding text: width, case, and traditional → simplified (千萬 finds 千万 and the
 * reverse, since both sides are folded). One UTF-16 unit in, one out, so offsets map back.
 */
export function foldForIndex(text: string): string {
  const folded = foldForSearch(text);
  const table = simplifiedCharTable();
  let out = '';
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    const mapped = table.get(code);
    out += mapped === undefined ? folded[i] : String.fromCharCode(mapped);
  }
  return out;
}
