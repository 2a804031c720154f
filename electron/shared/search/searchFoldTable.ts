// The traditional → simplified subset: the same dictionaries, a tenth of the full package's size in the
// renderer's find chunk (loadSearchFoldTable).
import { Locale } from 'opencc-js/t2cn';
import { SEARCH_IGNORED, isSearchIgnorable } from './searchIgnorable';

let table: Uint16Array | null = null;

/** Full-width ASCII to half-width, the ideographic space to a space, ASCII letters to lower case. */
function foldWidthAndCase(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
  else if (code === 0x3000) code = 0x20;
  if (code >= 0x41 && code <= 0x5a) code += 0x20;
  return code;
}

type CharMap = Map<string, string>;

/** OpenCC dictionaries are `key value [alternatives]|…` strings; the first value is the default. */
function parseDict(dict: unknown): CharMap {
  const map: CharMap = new Map();
  if (typeof dict !== 'string') return map;
  for (const entry of dict.split('|')) {
    const [key, value] = entry.split(' ');
    if (key && value) map.set(key, value);
  }
  return map;
}

/** The character dictionary of a preset group: the last dictionary of its first group (phrases come first). */
function charDict(groups: readonly (readonly unknown[])[] | undefined): CharMap {
  const group = groups?.[0];
  return parseDict(group?.[group.length - 1]);
}

/**
 * A Taiwan/Hong Kong variant is used only on the way to a simplified form (裡 → 裏 → 里, 衞 → 衛 → 卫).
 * Variants that stop at a character simplified writing also uses (tw: 著 → 着, 么 → 幺) are skipped:
 * they would merge distinct simplified words (著名/着名).
 */
function viaVariant(ch: string, variants: CharMap[], ts: CharMap): string | undefined {
  for (const v of variants) {
    const standard = v.get(ch);
    const simplified = standard === undefined ? undefined : ts.get(standard);
    if (simplified !== undefined) return simplified;
  }
  return undefined;
}

/**
 * The search fold of every UTF-16 unit: full/half width and letter case (foldWidthAndCase), CJK compatibility
 * ideographs, Taiwan and Hong Kong variant forms, and traditional → simplified, all from OpenCC's
 * maintained dictionaries (Locale), parsed directly because running the converter per character
 * costs ~150 ms per table and this runs in the renderer too.
 *
 * Invisible characters (isSearchIgnorable) become SEARCH_IGNORED, which the index and the search
 * key leave out (foldSearchKey), so a zero-width space inside a word does not hide it.
 *
 * Only conversions of one unit into one unit are kept, so the fold never changes a text's length
 * and an offset in folded text is the same offset in the original (highlights depend on it).
 * Phrase-level conversions (乾隆 keeps 乾) are not needed to *find* text: both the query and the
 * passages are folded the same way, so over-merging a rare pair only ever adds a match.
 */
export function searchFoldTable(): Uint16Array {
  if (table) return table;
  const ts = charDict(Locale.to['cn']);
  const variants = [charDict(Locale.from['tw']), charDict(Locale.from['hk'])];
  // The typings omit normalizationChain; it holds the CJK compatibility ideographs (豈 → 豈).
  const t2s = Locale.configs['t2s'] as { normalizationChain?: readonly (readonly unknown[])[] } | undefined;
  const compat = parseDict(t2s?.normalizationChain?.[0]?.[0]);
  const out = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    if (isSearchIgnorable(code)) {
      out[code] = SEARCH_IGNORED;
      continue;
    }
    let folded = foldWidthAndCase(code);
    if (folded >= 0x2e80) {
      let ch = String.fromCharCode(folded);
      ch = compat.get(ch) ?? ch;
      ch = ts.get(ch) ?? viaVariant(ch, variants, ts) ?? ch;
      if (ch.length === 1) folded = ch.charCodeAt(0);
    } else if (folded >= 0x80 && (folded < 0xd800 || folded > 0xdfff)) {
      // Other scripts' letters (Ä, Σ, Ж) lower-cased where that stays one unit.
      const lower = String.fromCharCode(folded).toLowerCase();
      if (lower.length === 1) folded = lower.charCodeAt(0);
    }
    out[code] = folded;
  }
  table = out;
  return out;
}
