import type { DocText } from './docText';

export interface TextPositions {
  /** The length of the text. */
  length: number;
  /** The position of the character at `offset` (a start offset). */
  from: (offset: number) => number;
  /** The position after the character before `offset` (an end offset, one past the last character). */
  to: (offset: number) => number;
}

/** Maps offsets in a document's text (docText) back to ProseMirror positions in that document. */
export function docTextPositions({ text, pieces }: Pick<DocText, 'text' | 'pieces'>): TextPositions {
  const find = (o: number) => {
    let lo = 0;
    let hi = pieces.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (pieces[mid]!.offset <= o) lo = mid;
      else hi = mid - 1;
    }
    // Prefer the piece that holds o (a later zero-length piece at the same offset does not).
    while (lo > 0 && pieces[lo]!.offset === o && pieces[lo]!.length === 0 && pieces[lo - 1]!.offset + pieces[lo - 1]!.length > o) lo--;
    return pieces[lo];
  };
  return {
    length: text.length,
    from: (o) => {
      const p = find(o);
      return p ? p.pos + Math.min(o - p.offset, p.length) : 0;
    },
    to: (o) => {
      if (o <= 0) return pieces[0]?.pos ?? 0;
      const p = find(o - 1);
      return p ? p.pos + Math.min(o - 1 - p.offset, Math.max(0, p.length - 1)) + 1 : 0;
    },
  };
}
