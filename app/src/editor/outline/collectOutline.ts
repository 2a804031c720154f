import type { Node as PmNode } from '@tiptap/pm/model';

export interface OutlineItem {
  level: number;
  text: string;
  /** Position of the heading node in the document. */
  pos: number;
  /** Index of the heading among the document's top-level blocks. */
  index: number;
}

/** The document's headings in order (headings are top-level blocks in this schema). */
export function collectOutline(doc: PmNode): OutlineItem[] {
  const items: OutlineItem[] = [];
  doc.forEach((node, offset, index) => {
    if (node.type.name === 'heading') items.push({ level: node.attrs.level as number, text: node.textContent, pos: offset, index });
  });
  return items;
}

/** The heading whose section holds `pos`: the last heading at or before it, or -1 before the first. */
export function currentOutlineIndex(items: OutlineItem[], pos: number): number {
  let current = -1;
  for (let i = 0; i < items.length && items[i]!.pos <= pos; i++) current = i;
  return current;
}
