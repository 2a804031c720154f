import { searchFoldTable } from './searchFoldTable';

/**
 * Folds text for finding: full/half width, letter case, traditional/Taiwan/Hong Kong forms →
 * simplified (千萬 and 千万 fold alike). Exactly one UTF-16 unit out for each unit in, so an offset
 * into the folded text is the same offset into the original.
 */
export function foldSearchText(text: string): string {
  const table = searchFoldTable();
  const n = text.length;
  // Most passages are already folded (simplified, half-width digits): return them without copying.
  let i = 0;
  while (i < n && table[text.charCodeAt(i)] === text.charCodeAt(i)) i++;
  if (i === n) return text;
  const units = new Uint16Array(n);
  for (let k = 0; k < n; k++) units[k] = table[text.charCodeAt(k)]!;
  let out = '';
  // fromCharCode with a spread argument list has an engine limit; 8K units per call stays well under it.
  for (let k = 0; k < n; k += 8192) out += String.fromCharCode(...units.subarray(k, k + 8192));
  return out;
}
