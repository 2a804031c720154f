import type { BlockNode, DocNode, InlineNode } from '../doc/docTypes';
import type { CitationOccurrence } from './resolveCitation';

/** The citations of a stored document, in reading order. */
export function collectCitations(doc: DocNode): CitationOccurrence[] {
  const out: CitationOccurrence[] = [];
  const visit = (node: BlockNode | InlineNode) => {
    if (node.type === 'citation') {
      const { passageId, kind, citedOn, note, statement } = node.attrs;
      out.push({ passageId, kind, citedOn: citedOn ?? null, ...(note ? { note } : {}), ...(statement ? { statement } : {}) });
      return;
    }
    if ('content' in node && Array.isArray(node.content)) {
      for (const child of node.content as Array<BlockNode | InlineNode>) visit(child);
    }
  };
  for (const block of doc.content ?? []) visit(block);
  return out;
}
