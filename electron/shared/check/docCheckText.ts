import type { BlockNode, DocNode, InlineNode } from '../doc/docTypes';
import type { CheckBlockKind } from './checkTypes';

export interface CheckMarkRange {
  start: number;
  end: number;
  type: 'quoted' | 'adapted';
  passageId: string;
}

/** What the check needs to know about a text: its lines, and which words are quoted or adapted. */
export interface CheckInput {
  text: string;
  /** One per line of text, in order. */
  blocks: Array<{ start: number; end: number; kind: CheckBlockKind }>;
  marks: CheckMarkRange[];
  /** Passages the document cites (quote or adaptation citations). */
  citedIds: string[];
}

/**
 * The document's plain text exactly as docPlainText gives it (one line per block, hard breaks as
 * line breaks, citation markers left out), with the block of each line and the ranges of quoted and
 * adapted words in offsets of that text.
 */
export function docCheckText(doc: DocNode): CheckInput {
  let text = '';
  const blocks: CheckInput['blocks'] = [];
  const marks: CheckMarkRange[] = [];
  const cited = new Set<string>();
  let first = true;
  let lineStart = 0;
  const newline = (kind: CheckBlockKind) => {
    blocks.push({ start: lineStart, end: text.length, kind });
    text += '\n';
    lineStart = text.length;
  };
  const inline = (nodes: InlineNode[] | undefined, kind: CheckBlockKind) => {
    if (!first) text += '\n';
    first = false;
    lineStart = text.length;
    for (const n of nodes ?? []) {
      if (n.type === 'text') {
        const mark = n.marks?.find((m) => m.type === 'quoted' || m.type === 'adapted');
        const start = text.length;
        text += n.text;
        if (mark?.attrs?.passageId) {
          const last = marks[marks.length - 1];
          if (last && last.end === start && last.type === mark.type && last.passageId === mark.attrs.passageId) last.end = text.length;
          else marks.push({ start, end: text.length, type: mark.type as CheckMarkRange['type'], passageId: mark.attrs.passageId });
        }
      } else if (n.type === 'hardBreak') newline(kind);
      else if (n.type === 'citation' && n.attrs.kind !== 'seeAlso') cited.add(n.attrs.passageId);
    }
    blocks.push({ start: lineStart, end: text.length, kind });
  };
  const block = (node: BlockNode, kind: CheckBlockKind | null) => {
    switch (node.type) {
      case 'paragraph':
        inline(node.content, kind ?? 'paragraph');
        break;
      case 'heading':
        inline(node.content, 'heading');
        break;
      case 'blockquote':
        node.content.forEach((b) => block(b, 'quote'));
        break;
      case 'bulletList':
      case 'orderedList':
        node.content.forEach((item) => item.content.forEach((b) => block(b, kind ?? 'list')));
        break;
    }
  };
  (doc.content ?? []).forEach((b) => block(b, null));
  return { text, blocks, marks, citedIds: [...cited] };
}

/** A plain text (a .txt file, or text sent without a document): every line a paragraph, nothing cited. */
export function textCheckInput(text: string): CheckInput {
  const blocks: CheckInput['blocks'] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    blocks.push({ start, end: start + line.length, kind: 'paragraph' });
    start += line.length + 1;
  }
  return { text, blocks, marks: [], citedIds: [] };
}
