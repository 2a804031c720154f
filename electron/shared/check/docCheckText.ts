import { docText } from '../doc/docText';
import type { DocNode, PassageMarkType } from '../doc/docTypes';
import type { CheckBlockKind } from './checkTypes';

export interface CheckMarkRange {
  start: number;
  end: number;
  type: PassageMarkType;
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
 * The document's text (docText: one line per block, hard breaks as line breaks, citation markers left
 * out), with the block of each line and the ranges of quoted and adapted words in offsets of that text:
 * the offsets the editor maps back to its positions with the same walk.
 */
export function docCheckText(doc: DocNode): CheckInput {
  const { text, lines, marks, citations } = docText(doc);
  const citedIds = [...new Set(citations.filter((c) => c.kind !== 'seeAlso').map((c) => c.passageId))];
  return { text, blocks: lines, marks, citedIds };
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
