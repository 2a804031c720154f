import type { CitationKind } from '../doc/docTypes';

// Pandoc citation syntax for our three kinds: quote `[@ID]`, adaptation `[@ID, 改写]`,
// see-also `[参见 @ID]`. Pandoc itself reads all three as ordinary citations.

export const ADAPTATION_SUFFIX = '改写';
export const SEE_ALSO_PREFIX = '参见';

export function citationToMarkdown(passageId: string, kind: CitationKind): string {
  if (kind === 'adaptation') return `[@${passageId}, ${ADAPTATION_SUFFIX}]`;
  if (kind === 'seeAlso') return `[${SEE_ALSO_PREFIX} @${passageId}]`;
  return `[@${passageId}]`;
}

const ITEM = /^\s*([^@;]*?)\s*@([A-Za-z0-9_][A-Za-z0-9_:.#$%&+?<>~/-]*?)\s*(?:,\s*([^;]*))?\s*$/;

/** The citations in the inside of a `[...]`, or null when it is not a Pandoc citation. */
export function parseCitationGroup(inside: string): Array<{ passageId: string; kind: CitationKind }> | null {
  const items = inside.split(';');
  const out: Array<{ passageId: string; kind: CitationKind }> = [];
  for (const item of items) {
    const m = ITEM.exec(item);
    if (!m) return null;
    const prefix = m[1] ?? '';
    const suffix = m[3] ?? '';
    const kind: CitationKind = /参见|^见$|see/i.test(prefix) ? 'seeAlso' : suffix.includes(ADAPTATION_SUFFIX) ? 'adaptation' : 'quote';
    out.push({ passageId: m[2]!.replace(/[^A-Za-z0-9_-]/g, '_'), kind });
  }
  return out.length > 0 ? out : null;
}
