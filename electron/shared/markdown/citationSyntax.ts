import type { CitationKind } from '../doc/docTypes';

// Pandoc citation syntax for our three kinds: quote `[@ID]`, adaptation `[@ID, 改写]`,
// see-also `[参见 @ID]`. Pandoc itself reads all three as ordinary citations.

export const ADAPTATION_SUFFIX = '改写';
export const SEE_ALSO_PREFIX = '参见';

/** The 引用日期 travels in the suffix, as Pandoc allows free text there: `[@ID, 改写, 2026-11-22]`. */
export function citationToMarkdown(passageId: string, kind: CitationKind, citedOn?: string | null): string {
  const suffix = [kind === 'adaptation' ? ADAPTATION_SUFFIX : null, citedOn ?? null].filter(Boolean).join(', ');
  const prefix = kind === 'seeAlso' ? `${SEE_ALSO_PREFIX} ` : '';
  return `[${prefix}@${passageId}${suffix ? `, ${suffix}` : ''}]`;
}

const ITEM = /^\s*([^@;]*?)\s*@([A-Za-z0-9_][A-Za-z0-9_:.#$%&+?<>~/-]*?)\s*(?:,\s*([^;]*))?\s*$/;

/** The citations in the inside of a `[...]`, or null when it is not a Pandoc citation. */
export function parseCitationGroup(inside: string): Array<{ passageId: string; kind: CitationKind; citedOn?: string }> | null {
  const items = inside.split(';');
  const out: Array<{ passageId: string; kind: CitationKind; citedOn?: string }> = [];
  for (const item of items) {
    const m = ITEM.exec(item);
    if (!m) return null;
    const prefix = m[1] ?? '';
    const suffix = m[3] ?? '';
    const kind: CitationKind = /参见|^见$|see/i.test(prefix) ? 'seeAlso' : suffix.includes(ADAPTATION_SUFFIX) ? 'adaptation' : 'quote';
    const citedOn = /\b(\d{4}-\d{2}-\d{2})\b/.exec(suffix)?.[1];
    out.push(citedOn ? { passageId: m[2]!.replace(/[^A-Za-z0-9_-]/g, '_'), kind, citedOn } : { passageId: m[2]!.replace(/[^A-Za-z0-9_-]/g, '_'), kind });
  }
  return out.length > 0 ? out : null;
}
