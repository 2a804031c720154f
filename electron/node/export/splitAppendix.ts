import type { BlockNode } from '../../shared/doc/docTypes';

/**
 * An appendix's title (its first heading, which the 附件说明 and the title line of its page carry) and
 * the blocks after it. An appendix that does not open with a heading has no title.
 */
export function splitAppendix(appendix: BlockNode[]): { title: string; rest: BlockNode[] } {
  const [first, ...rest] = appendix;
  if (first?.type !== 'heading') return { title: '', rest: appendix };
  const title = (first.content ?? []).map((n) => (n.type === 'text' ? n.text : '')).join('').trim();
  return title ? { title, rest } : { title: '', rest: appendix };
}
