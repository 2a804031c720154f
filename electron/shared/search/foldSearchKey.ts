import { dropIgnored } from './dropIgnored';
import { foldSearchText } from './foldSearchText';

/**
 * What search looks for and what it indexes: the search fold without the invisible characters
 * (isSearchIgnorable), so 千\u200b万工程 and 千万工程 have the same key. Unlike foldSearchText it can
 * be shorter than the text; computeHighlights maps offsets back.
 */
export function foldSearchKey(text: string): string {
  return dropIgnored(foldSearchText(text)).key;
}
