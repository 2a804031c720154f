// The document's stored form is TipTap/ProseMirror JSON. These types describe the subset we write and
// read, so services, Markdown conversion and the editor agree on one shape.

/**
 * `quoted` marks the verbatim words of a quotation, `adapted` the words of an adaptation; both name
 * their passage so the editor can compare them with it (quote changed? 改写度?).
 */
export type MarkType = 'bold' | 'italic' | 'underline' | 'quoted' | 'adapted';

export type PassageMarkType = 'quoted' | 'adapted';

export interface Mark {
  type: MarkType;
  attrs?: { passageId: string };
}

export type CitationKind = 'quote' | 'adaptation' | 'seeAlso';

export interface TextNode {
  type: 'text';
  text: string;
  marks?: Mark[];
}

export interface CitationNode {
  type: 'citation';
  /**
   * citedOn: the day the writer cited it (YYYY-MM-DD), the 引用日期 of GB/T 7714.
   * note: an external citation — a note whose text came with an imported draft (a Word footnote, a
   * Pandoc `^[…]`) rather than from the library; its passageId is then `externalNoteId(note)`.
   * statement: the words (or 《title》) of a statement quoted inside the passage that is cited, not the
   * passage itself: its note cites the original when the library has it, else it is a 转引.
   */
  attrs: { passageId: string; kind: CitationKind; citedOn?: string | null; note?: string | null; statement?: string | null };
  /** The marks of the text around it (a citation inside bold words); the editor writes them, nothing reads them. */
  marks?: Mark[];
}

export interface HardBreakNode {
  type: 'hardBreak';
  marks?: Mark[];
}

export type InlineNode = TextNode | CitationNode | HardBreakNode;

export interface ParagraphNode {
  type: 'paragraph';
  content?: InlineNode[];
}

export interface HeadingNode {
  type: 'heading';
  attrs: { level: 1 | 2 };
  content?: InlineNode[];
}

export interface BlockquoteNode {
  type: 'blockquote';
  content: BlockNode[];
}

export interface ListItemNode {
  type: 'listItem';
  content: BlockNode[];
}

export interface BulletListNode {
  type: 'bulletList';
  content: ListItemNode[];
}

export interface OrderedListNode {
  type: 'orderedList';
  /** `type` is TipTap's list-style attribute (always null here: no a. / i. lists). */
  attrs?: { start?: number; type?: string | null };
  content: ListItemNode[];
}

export type BlockNode =
  | ParagraphNode
  | HeadingNode
  | BlockquoteNode
  | BulletListNode
  | OrderedListNode;

export interface DocNode {
  type: 'doc';
  content: BlockNode[];
}

export function emptyDoc(): DocNode {
  return { type: 'doc', content: [{ type: 'paragraph' }] };
}
