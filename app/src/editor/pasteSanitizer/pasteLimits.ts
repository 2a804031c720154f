/**
 * How much one paste may bring: enough for a long article or a whole draft (a 100,000-character
 * draft is about 1,500 paragraphs), while 60,000 pasted paragraphs froze the page for 7 s while the
 * editor built them. What is past these is left out, and the writer is told (PasteCut).
 */
export const PASTE_MAX_BLOCKS = 5_000;
export const PASTE_MAX_CHARS = 500_000;
/** Deeper than any real document; below it only text is kept, so later parsing cannot exhaust the stack. */
export const PASTE_MAX_DEPTH = 48;
/**
 * Markup nested deeper than this is unwrapped before the HTML parser sees it (boundNesting): the
 * parser slows down quadratically past 512 levels; the finer flattening at PASTE_MAX_DEPTH follows.
 */
export const PASTE_PARSE_DEPTH = 256;

/** What a paste left out, for the notice the writer sees. */
export interface PasteCut {
  /** Markup nested past PASTE_MAX_DEPTH was flattened to its text. */
  flattened: boolean;
  /** Paragraphs (or lines) kept of how many, when there were too many. */
  blocks: { kept: number; total: number } | null;
  /** Characters kept of how many, when there were too many. */
  chars: { kept: number; total: number } | null;
}

export function noCut(cut: PasteCut): boolean {
  return !cut.flattened && !cut.blocks && !cut.chars;
}

/** Elements the editor reads as a paragraph, heading or list item of their own: what PASTE_MAX_BLOCKS counts. */
export const PASTE_BLOCK_ELEMENTS = new Set(['p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'tr', 'dt', 'dd', 'section', 'article']);
