import type { PassageInfo } from '../../shared/api/apiTypes';
import { collectCitations } from '../../shared/citations/collectCitations';
import { formatReference } from '../../shared/citations/formatReference';
import { numberCitations } from '../../shared/citations/numberCitations';
import type { BlockNode, DocNode, InlineNode } from '../../shared/doc/docTypes';

/** Plain text with citation numbers as [n] and the notes as a numbered list at the end. */
export function docToText(title: string, doc: DocNode, passages: Map<string, PassageInfo>): string {
  const { notes, numbers } = numberCitations(collectCitations(doc));
  let next = 0;
  const inline = (nodes: InlineNode[] | undefined) =>
    (nodes ?? [])
      .map((n) => (n.type === 'text' ? n.text : n.type === 'hardBreak' ? '\n' : `[${numbers[next++]}]`))
      .join('');
  const out: string[] = [];
  if (title.trim()) out.push(title.trim(), '');
  const block = (node: BlockNode, indent: string) => {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
        out.push(indent + inline(node.content));
        break;
      case 'blockquote':
        node.content.forEach((b) => block(b, `${indent}    `));
        break;
      case 'bulletList':
        node.content.forEach((item) => item.content.forEach((b, i) => block(b, i === 0 ? `${indent}• ` : `${indent}  `)));
        break;
      case 'orderedList':
        node.content.forEach((item, k) =>
          item.content.forEach((b, i) => block(b, i === 0 ? `${indent}${(node.attrs?.start ?? 1) + k}. ` : `${indent}   `)),
        );
        break;
    }
  };
  doc.content.forEach((b) => block(b, ''));
  if (notes.length > 0) {
    out.push('', '注释', '');
    notes.forEach((note, i) => {
      const p = passages.get(note.passageId);
      out.push(`[${i + 1}] ${p ? formatReference({ workTitle: p.workTitle, source: p.sources[0] ?? null }) : note.passageId}`);
    });
  }
  return `${out.join('\n')}\n`;
}
