import type { PassageInfo } from '../../shared/api/apiTypes';
import { citationGroupLabel } from '../../shared/citations/numberCitations';
import { resolveNotes } from '../../shared/citations/resolveNotes';
import type { BlockNode, DocNode, InlineNode } from '../../shared/doc/docTypes';

/** Plain text with citation numbers as [n] (adjacent ones as one [1-3]) and the notes as a numbered list at the end. */
export function docToText(title: string, doc: DocNode, passages: ReadonlyMap<string, PassageInfo>): string {
  const { notes, numbers } = resolveNotes(doc, passages);
  let next = 0;
  const inline = (nodes: InlineNode[] | undefined) => {
    const list = nodes ?? [];
    let s = '';
    for (let i = 0; i < list.length; i++) {
      const n = list[i]!;
      if (n.type === 'text') s += n.text;
      else if (n.type === 'hardBreak') s += '\n';
      else {
        const group = [numbers[next++]!];
        while (list[i + 1]?.type === 'citation') {
          group.push(numbers[next++]!);
          i++;
        }
        s += `[${citationGroupLabel(group)}]`;
      }
    }
    return s;
  };
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
    for (const note of notes) out.push(`[${note.number}] ${note.text}`);
  }
  return `${out.join('\n')}\n`;
}
