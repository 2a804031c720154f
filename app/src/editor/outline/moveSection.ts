import type { Node as PmNode } from '@tiptap/pm/model';
import type { EditorState, Transaction } from '@tiptap/pm/state';
import { TextSelection } from '@tiptap/pm/state';

/**
 * A section is a heading and the blocks after it up to the next heading of the same or a higher
 * level (so a 一、 section carries its （一） subsections). Indices are top-level block indices;
 * the end is exclusive.
 */
export function sectionBlocks(doc: PmNode, headingIndex: number): { start: number; end: number; level: number } | null {
  const heading = doc.maybeChild(headingIndex);
  if (!heading || heading.type.name !== 'heading') return null;
  const level = heading.attrs.level as number;
  let end = headingIndex + 1;
  while (end < doc.childCount) {
    const node = doc.child(end);
    if (node.type.name === 'heading' && (node.attrs.level as number) <= level) break;
    end++;
  }
  return { start: headingIndex, end, level };
}

function blockPos(doc: PmNode, index: number): number {
  let pos = 0;
  for (let i = 0; i < index; i++) pos += doc.child(i).nodeSize;
  return pos;
}

/**
 * Swaps the section of the heading at `headingIndex` with its neighbour section of the same level,
 * in one transaction: the text moves with its citations, whose numbers follow document order, so
 * the footnotes renumber by themselves. Returns false when there is no neighbour to swap with.
 */
export function moveSection(state: EditorState, headingIndex: number, dir: -1 | 1, dispatch?: (tr: Transaction) => void): boolean {
  const doc = state.doc;
  const section = sectionBlocks(doc, headingIndex);
  if (!section) return false;
  let other: { start: number; end: number } | null = null;
  if (dir === -1) {
    // The previous sibling is the nearest heading of the same level, passing over its subsections;
    // a higher heading first means this is its parent's first section.
    for (let i = section.start - 1; i >= 0; i--) {
      const node = doc.child(i);
      if (node.type.name !== 'heading') continue;
      const level = node.attrs.level as number;
      if (level < section.level) break;
      if (level === section.level) {
        other = { start: i, end: section.start };
        break;
      }
    }
  } else {
    const next = doc.maybeChild(section.end);
    if (next && next.type.name === 'heading' && (next.attrs.level as number) === section.level) {
      other = { start: section.end, end: sectionBlocks(doc, section.end)!.end };
    }
  }
  if (!other) return false;
  if (!dispatch) return true;

  const first = dir === -1 ? other : section;
  const second = dir === -1 ? section : other;
  const from = blockPos(doc, first.start);
  const middle = blockPos(doc, second.start);
  const to = blockPos(doc, second.end);
  const firstSlice = doc.slice(from, middle);
  const secondSlice = doc.slice(middle, to);
  const offset = state.selection.from - blockPos(doc, section.start);
  const tr = state.tr.replaceWith(from, to, secondSlice.content.append(firstSlice.content));
  // The cursor stays in the moved section, at the same place inside it.
  const movedStart = dir === -1 ? from : from + secondSlice.size;
  const inside = offset >= 0 && offset <= blockPos(doc, section.end) - blockPos(doc, section.start) ? offset : 1;
  tr.setSelection(TextSelection.near(tr.doc.resolve(Math.min(movedStart + inside, tr.doc.content.size))));
  dispatch(tr.scrollIntoView());
  return true;
}
