import type { BlockNode, DocNode, InlineNode } from './docTypes';

/** The document's text as a reader sees it: one line per block, citation markers left out. */
export function docPlainText(doc: DocNode): string {
  const lines: string[] = [];
  const inline = (nodes: InlineNode[] | undefined) =>
    (nodes ?? []).map((n) => (n.type === 'text' ? n.text : n.type === 'hardBreak' ? '\n' : '')).join('');
  const block = (node: BlockNode) => {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
        lines.push(inline(node.content));
        break;
      case 'blockquote':
        node.content.forEach(block);
        break;
      case 'bulletList':
      case 'orderedList':
        node.content.forEach((item) => item.content.forEach(block));
        break;
    }
  };
  (doc.content ?? []).forEach(block);
  return lines.join('\n');
}
