import { SEARCH_IGNORED } from './searchIgnorable';

/**
 * A folded text without its SEARCH_IGNORED units (the search key), and for each unit of the key the
 * offset it came from in the text (`from[i]`), so a match in the key can be shown in the original.
 * `from` is null when nothing was dropped: the key is the fold itself, offsets unchanged.
 */
export function dropIgnored(folded: string): { key: string; from: Int32Array | null } {
  if (!folded.includes(String.fromCharCode(SEARCH_IGNORED))) return { key: folded, from: null };
  const from = new Int32Array(folded.length);
  let key = '';
  for (let i = 0; i < folded.length; i++) {
    if (folded.charCodeAt(i) === SEARCH_IGNORED) continue;
    from[key.length] = i;
    key += folded[i];
  }
  return { key, from };
}

/** The [start, end) in the original text of `length` units of the key at `at`. */
export function spanInText(from: Int32Array | null, at: number, length: number): [number, number] {
  return from ? [from[at]!, from[at + length - 1]! + 1] : [at, at + length];
}
