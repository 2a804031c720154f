/**
 * What the search fold turns an invisible character into: a unit no text uses (U+FFFF is a
 * noncharacter), which the search index and the search key then leave out.
 */
export const SEARCH_IGNORED = 0xffff;

/**
 * Characters that take no room on the page and say nothing about the words around them, as they
 * come in from scraped pages, Word files and pastes: soft hyphen, combining grapheme joiner, Arabic
 * letter mark, Mongolian vowel separator and free variation selectors, zero-width space, non-joiner
 * and joiner, left-to-right and right-to-left marks, bidi embeddings, overrides and isolates, word
 * joiner and invisible operators, variation selectors, and the BOM (zero-width no-break space)
 * inside text. Searched past, so 千\u200b万 is found by 千万 and the reverse.
 */
export function isSearchIgnorable(code: number): boolean {
  return (
    code === 0x00ad ||
    code === 0x034f ||
    code === 0x061c ||
    (code >= 0x180b && code <= 0x180f) ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2064) ||
    (code >= 0x2066 && code <= 0x206f) ||
    (code >= 0xfe00 && code <= 0xfe0f) ||
    code === 0xfeff ||
    code === SEARCH_IGNORED
  );
}
