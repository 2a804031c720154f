import { searchFoldTable } from '../search/searchFoldTable';

let table: Uint16Array | null = null;

/**
 * For every UTF-16 unit, its folded form when the check keeps it (Chinese characters, letters,
 * digits), else 0. Punctuation, spaces and symbols are not words a writer borrows; folding width,
 * case and traditional forms means a copy cannot hide behind 萬 or Ａ. Surrogate halves are kept
 * so characters outside the BMP still count.
 */
export function checkKeepTable(): Uint16Array {
  if (table) return table;
  const fold = searchFoldTable();
  const out = new Uint16Array(0x10000);
  const wordChar = /^[\p{L}\p{N}]$/u;
  for (let code = 1; code < 0x10000; code++) {
    const folded = fold[code]!;
    if ((folded >= 0xd800 && folded <= 0xdfff) || wordChar.test(String.fromCharCode(folded))) out[code] = folded;
  }
  table = out;
  return out;
}
