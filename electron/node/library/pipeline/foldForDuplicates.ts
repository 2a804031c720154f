import { checkKeepTable } from '../../../shared/check/checkKeepTable';

/**
 * The form in which the library build compares texts to find duplicates (copies of a work, repeated
 * bodies, near-identical passages): only the words, as the check compares them (checkKeepTable:
 * Chinese characters, letters and digits, folded for width, case and traditional forms), so two
 * copies that differ in punctuation style, spacing, line breaks or 萬/万 compare equal.
 */
export function foldForDuplicates(text: string): string {
  const keep = checkKeepTable();
  const units = new Uint16Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = keep[text.charCodeAt(i)]!;
    if (c !== 0) units[n++] = c;
  }
  let out = '';
  // fromCharCode with a spread argument list has an engine limit; 8K units per call stays well under it.
  for (let k = 0; k < n; k += 8192) out += String.fromCharCode(...units.subarray(k, Math.min(n, k + 8192)));
  return out;
}
