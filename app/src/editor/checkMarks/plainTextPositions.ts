import type { Node as PmNode } from '@tiptap/pm/model';

/**
 * Maps offsets in the document's plain text (docPlainText: one line per textblock, hard breaks as
 * line breaks, citations left out) to ProseMirror positions in `doc`.
 */
export function plainTextPositions(doc: PmNode): { from: (offset: number) => number; to: (offset: number) => number; length: number } {
  // Parallel arrays of pieces: plain-text offset, document position, length.
  const offs: number[] = [];
  const poss: number[] = [];
  const lens: number[] = [];
  let offset = 0;
  let first = true;
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    if (!first) offset++;
    first = false;
    // An empty block still holds a place, so an offset at its end maps inside it.
    offs.push(offset);
    poss.push(pos + 1);
    lens.push(0);
    node.forEach((child, childOffset) => {
      const at = pos + 1 + childOffset;
      if (child.isText) {
        offs.push(offset);
        poss.push(at);
        lens.push(child.text!.length);
        offset += child.text!.length;
      } else if (child.type.name === 'hardBreak') {
        offs.push(offset);
        poss.push(at);
        lens.push(1);
        offset += 1;
      }
    });
    return false;
  });
  const find = (o: number) => {
    let lo = 0;
    let hi = offs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (offs[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    // Prefer the piece that holds o (a later zero-length piece at the same offset does not).
    while (lo > 0 && offs[lo] === o && lens[lo] === 0 && offs[lo - 1]! + lens[lo - 1]! > o) lo--;
    return lo;
  };
  return {
    length: offset,
    from: (o) => {
      const i = find(o);
      return poss[i]! + Math.min(o - offs[i]!, lens[i]!);
    },
    // An end offset is one past the last character: map that character and step over it.
    to: (o) => {
      if (o <= 0) return poss[0] ?? 0;
      const i = find(o - 1);
      return poss[i]! + Math.min(o - 1 - offs[i]!, Math.max(0, lens[i]! - 1)) + 1;
    },
  };
}
