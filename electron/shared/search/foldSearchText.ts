import { foldWithTable } from './foldWithTable';
import { searchFoldTable } from './searchFoldTable';

/**
 * Folds text for finding: full/half width, letter case, traditional/Taiwan/Hong Kong forms →
 * simplified (千萬 and 千万 fold alike). Exactly one UTF-16 unit out for each unit in, so an offset
 * into the folded text is the same offset into the original.
 */
export function foldSearchText(text: string): string {
  return foldWithTable(text, searchFoldTable());
}
