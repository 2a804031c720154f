import { foldChar } from './foldForSearch';
import { simplifiedCharTable } from './toSimplified';

let table: Uint16Array | null = null;

/** One lookup per UTF-16 unit: width, case and traditional → simplified folded together. */
function foldTable(): Uint16Array {
  if (table) return table;
  const t2s = simplifiedCharTable();
  const out = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    let folded = foldChar(code);
    folded = t2s.get(folded) ?? folded;
    if (folded >= 0x80 && (folded < 0xd800 || folded > 0xdfff)) {
      // Non-ASCII letters (Ä, Σ) lower-cased where that stays one unit.
      const lower = String.fromCharCode(folded).toLowerCase();
      if (lower.length === 1) folded = lower.charCodeAt(0);
    }
    out[code] = folded;
  }
  table = out;
  return out;
}

/**
 * Folding for finding text: width, case, and traditional → simplified (千萬 finds 千万 and the
 * reverse, since both sides are folded). One UTF-16 unit in, one out, so offsets map back. A table
 * lookup per unit: the library build folds tens of millions of characters.
 */
export function foldForIndex(text: string): string {
  const map = foldTable();
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = map[text.charCodeAt(i)]!;
  let out = '';
  const CHUNK = 8192;
  for (let i = 0; i < units.length; i += CHUNK) out += String.fromCharCode(...units.subarray(i, i + CHUNK));
  return out;
}
