import type { BlockNode, DocNode } from '../../shared/doc/docTypes';

/** A plain-text draft: the first non-empty line is its title when it looks like one, each line a paragraph. */
export function textToDoc(text: string): { title: string | null; doc: DocNode } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).map((l) => l.replace(/\s+$/u, ''));
  while (lines.length > 0 && lines[0]!.trim() === '') lines.shift();
  let title: string | null = null;
  if (lines.length > 1 && lines[0]!.trim().length <= 60 && !/[。！？；]$/.test(lines[0]!.trim())) {
    title = lines.shift()!.trim();
  }
  const content: BlockNode[] = lines
    .filter((l) => l.trim() !== '')
    .map((l) => ({ type: 'paragraph', content: [{ type: 'text', text: l.trim() }] }));
  return { title, doc: { type: 'doc', content: content.length > 0 ? content : [{ type: 'paragraph' }] } };
}
