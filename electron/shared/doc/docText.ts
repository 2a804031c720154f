import type { BlockNode, CitationKind, DocNode, InlineNode, PassageMarkType } from './docTypes';

/** What a line of the text is part of: the check weighs headings and quotations differently. */
export type LineKind = 'heading' | 'paragraph' | 'quote' | 'list';

/** A stretch of the text that stands at one place in the document, for mapping offsets back. */
export interface TextPiece {
  /** Offset in `text`. */
  offset: number;
  /** ProseMirror position of the piece's first character. */
  pos: number;
  /** 0 for the place a textblock's content starts, 1 for a hard break, else the text node's length. */
  length: number;
}

export interface DocText {
  /**
   * The document as a reader sees it: one line per textblock (paragraph, heading, a quotation's or a
   * list item's paragraphs), hard breaks as line breaks, citation markers left out.
   */
  text: string;
  /** One per line of text (a hard break starts a line), in order: [start, end) and what it is part of. */
  lines: Array<{ start: number; end: number; kind: LineKind }>;
  /** One per textblock: its text [start, end) (hard breaks inside are '\n') and where its content starts. */
  textblocks: Array<{ start: number; end: number; pos: number }>;
  /** Every text node, hard break and textblock start, in order (see TextPiece). */
  pieces: TextPiece[];
  /** Quoted and adapted words: [start, end) in `text`; neighbours with the same passage that touch in the document are one range. */
  marks: Array<{ start: number; end: number; type: PassageMarkType; passageId: string }>;
  /** Citations, where they stand: the offset of the character after them, and their position. */
  citations: Array<{ offset: number; pos: number; passageId: string; kind: CitationKind }>;
}

/**
 * THE plain-text walk of a document: the check, find and replace, the word count and the editor's
 * decorations all read this one text, so an offset one of them reports is the same place for the
 * others. Positions are ProseMirror's, computed from the JSON (each node opens and closes with one
 * position, a leaf inline node is one position), so for the editor's own document
 * (editorDocJson(editor.state.doc)) they are the editor's positions.
 */
export function docText(doc: DocNode): DocText {
  const out: DocText = { text: '', lines: [], textblocks: [], pieces: [], marks: [], citations: [] };
  let lineStart = 0;
  const textblock = (nodes: InlineNode[] | undefined, kind: LineKind, pos: number) => {
    if (out.textblocks.length > 0) out.text += '\n';
    const start = out.text.length;
    lineStart = start;
    out.pieces.push({ offset: start, pos, length: 0 });
    let at = pos;
    for (const n of nodes ?? []) {
      if (n.type === 'text') {
        const offset = out.text.length;
        out.pieces.push({ offset, pos: at, length: n.text.length });
        out.text += n.text;
        const mark = n.marks?.find((m) => m.type === 'quoted' || m.type === 'adapted');
        if (mark?.attrs?.passageId) {
          const type = mark.type as PassageMarkType;
          const last = out.marks[out.marks.length - 1];
          const prev = out.pieces[out.pieces.length - 2];
          const touches = last && last.end === offset && prev && prev.pos + prev.length === at;
          if (touches && last.type === type && last.passageId === mark.attrs.passageId) last.end = out.text.length;
          else out.marks.push({ start: offset, end: out.text.length, type, passageId: mark.attrs.passageId });
        }
        at += n.text.length;
      } else if (n.type === 'hardBreak') {
        out.lines.push({ start: lineStart, end: out.text.length, kind });
        out.pieces.push({ offset: out.text.length, pos: at, length: 1 });
        out.text += '\n';
        lineStart = out.text.length;
        at += 1;
      } else {
        out.citations.push({ offset: out.text.length, pos: at, passageId: n.attrs.passageId, kind: n.attrs.kind });
        at += 1;
      }
    }
    out.lines.push({ start: lineStart, end: out.text.length, kind });
    out.textblocks.push({ start, end: out.text.length, pos });
    return at + 1;
  };
  // Each returns the position after the node.
  const blocks = (nodes: readonly BlockNode[], kind: LineKind | null, pos: number): number => {
    for (const node of nodes) pos = block(node, kind, pos);
    return pos;
  };
  const block = (node: BlockNode, kind: LineKind | null, pos: number): number => {
    switch (node.type) {
      case 'paragraph':
        return textblock(node.content, kind ?? 'paragraph', pos + 1);
      case 'heading':
        return textblock(node.content, 'heading', pos + 1);
      case 'blockquote':
        return blocks(node.content, 'quote', pos + 1) + 1;
      case 'bulletList':
      case 'orderedList': {
        let at = pos + 1;
        for (const item of node.content) at = blocks(item.content, kind ?? 'list', at + 1) + 1;
        return at + 1;
      }
    }
  };
  blocks(doc.content ?? [], null, 0);
  return out;
}
