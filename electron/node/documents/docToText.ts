import { citationMarks, noteMark } from '../../shared/citations/citationMarks';
import type { NotePlan } from '../../shared/citations/planNotes';
import type { BlockNode, DocNode, InlineNode } from '../../shared/doc/docTypes';

/**
 * Plain text with the citations as the note style shows them ([1-3], ①②, or the 文中注 in
 * parentheses) and the notes listed at the end with the same marks.
 */
export function docToText(title: string, doc: DocNode, plan: NotePlan): string {
  const { notes } = plan;
  let next = 0;
  const inline = (nodes: InlineNode[] | undefined) => {
    const list = nodes ?? [];
    let s = '';
    for (let i = 0; i < list.length; i++) {
      const n = list[i]!;
      if (n.type === 'text') s += n.text;
      else if (n.type === 'hardBreak') s += '\n';
      else {
        const group = [next++];
        while (list[i + 1]?.type === 'citation') {
          group.push(next++);
          i++;
        }
        s += citationMarks(plan, group);
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
    for (const note of notes) out.push(`${noteMark(plan.style, note.number)} ${note.text ?? ''}`);
  }
  return `${out.join('\n')}\n`;
}
