import { Converter } from 'opencc-js';

let table: Map<number, number> | null = null;

/**
 * Traditional → simplified, character by character, from OpenCC's maintained tables. Only
 * one-to-one conversions are kept, so offsets stay the same (search needs that; phrase-level
 * conversion, as for display, is not needed to find text).
 */
export function simplifiedCharTable(): Map<number, number> {
  if (table) return table;
  const convert = Converter({ from: 't', to: 'cn' });
  const map = new Map<number, number>();
  for (const [start, end] of [
    [0x3400, 0x4dbf],
    [0x4e00, 0x9fff],
    [0xf900, 0xfaff],
  ] as const) {
    for (let code = start; code <= end; code++) {
      const ch = String.fromCharCode(code);
      const out = convert(ch);
      if (out !== ch && out.length === 1) map.set(code, out.charCodeAt(0));
    }
  }
  table = map;
  return map;
}
