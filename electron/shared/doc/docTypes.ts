// The document's stored form is TipTap/ProseMirror JSON. These types describe the subset we write and
// read, so services, Markdown conversion and the editor agree on one shape.

export type MarkType = 'bold' | 'italic' | 'underline';

export interface Mark {
  type: MarkType;
}

export type CitationKind = 'quote' | 'adaptation' | 'seeAlso';

export interface TextNode {
  type: 'text';
  text: string;
  marks?: Mark[];
}

export interface CitationNode {
  type: 'citation';
  attrs: { passageId: string; kind: CitationKind };
}

export interface HardBreakNode {
  type: 'hardBreak';
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
  attrs?: { start?: number };
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
