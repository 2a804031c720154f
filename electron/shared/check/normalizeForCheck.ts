import { checkKeepTable } from './checkKeepTable';

export interface NormalizedText {
  /** The kept, folded units. */
  codes: Uint16Array;
  length: number;
  /** map[i] is the offset in the original text of codes[i]. */
  map: Uint32Array;
}

/** Keeps Chinese characters, letters and digits, folded; remembers where each one came from. */
export function normalizeForCheck(text: string): NormalizedText {
  const keep = checkKeepTable();
  const codes = new Uint16Array(text.length);
  const map = new Uint32Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = keep[text.charCodeAt(i)]!;
    if (c !== 0) {
      codes[n] = c;
      map[n++] = i;
    }
  }
  return { codes: codes.subarray(0, n), length: n, map: map.subarray(0, n) };
}

/** The normalised units only, appended to `out` at `at` (the index builder's hot path). */
export function normalizeInto(text: string, out: Uint16Array, at: number): number {
  const keep = checkKeepTable();
  let n = at;
  for (let i = 0; i < text.length; i++) {
    const c = keep[text.charCodeAt(i)]!;
    if (c !== 0) out[n++] = c;
  }
  return n - at;
}
