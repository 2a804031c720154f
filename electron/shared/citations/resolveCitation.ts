import type { PassageInfo, PassageQuote } from '../api/apiTypes';
import type { CitationKind } from '../doc/docTypes';
import { t } from '../i18n/translate';
import { bestSource } from './bestSource';
import type { CitationEdition } from './citationStyles';
import { formatAttribution, formatSecondaryAttribution } from './formatAttribution';
import { formatReference } from './formatReference';
import { formatSecondary } from './formatSecondary';

export interface CitationOccurrence {
  passageId: string;
  kind: CitationKind;
  citedOn?: string | null;
  /** The text of an external note (see CitationNode). */
  note?: string | null;
  /** A statement (or 《title》) quoted inside the passage: see CitationNode. */
  statement?: string | null;
}

export interface ResolvedCitation {
  /** Citations with the same key cite the same work: one number in 顺序编码制, 同上 when consecutive. */
  key: string;
  /** The GB/T 7714 entry of its note and the 参考文献 list; null while the passage is being fetched. */
  entry: string | null;
  /** The 文中注 words (without parentheses); null while fetching. */
  attribution: string | null;
  /** The passage is not in the library (deleted, or from another machine). */
  missing: boolean;
}

/** What identifies a citation before its passage is known: its passage, and the statement within it. */
export function citationIdentity(occ: Pick<CitationOccurrence, 'passageId' | 'statement'>): string {
  return occ.statement ? `${occ.passageId}#${occ.statement}` : occ.passageId;
}

/** The quote a statement citation points at: a statement by its words, a title as 《title》. */
export function quoteOf(passage: PassageInfo, statement: string): PassageQuote | undefined {
  return passage.quotes?.find((q) => (q.type === 'title' ? `《${q.text}》` : q.text) === statement);
}

/**
 * One citation's note, list entry and 文中注, from the passage it names. A passage found in several
 * sources is cited from the best (bestSource). A quoted statement cites its original when the
 * library holds it, else it is a 转引 of the passage it was read in.
 */
export function resolveCitation(
  occ: CitationOccurrence,
  passage: PassageInfo | null | undefined,
  options: { edition: CitationEdition; anonymous?: boolean },
): ResolvedCitation {
  if (occ.note) return { key: `note:${occ.passageId}`, entry: occ.note, attribution: occ.note, missing: false };
  const identity = citationIdentity(occ);
  if (passage === undefined) return { key: identity, entry: null, attribution: null, missing: false };
  if (passage === null) {
    const missing = t('footnotes.missing', { id: occ.passageId });
    return { key: identity, entry: missing, attribution: missing, missing: true };
  }
  const read = { workTitle: passage.workTitle, source: bestSource(passage.sources), citedOn: occ.citedOn ?? null };
  const work = (input: typeof read) => ({
    key: `src:${input.source?.id ?? passage.id}|${input.workTitle}`,
    entry: formatReference(input, options),
    attribution: formatAttribution(input),
    missing: false,
  });
  if (!occ.statement) return work(read);
  const quote = quoteOf(passage, occ.statement);
  // Search results carry their quotes without the original looked up: wait for the full passage.
  if (quote && quote.original === undefined) return { key: identity, entry: null, attribution: null, missing: false };
  if (quote?.original) return work({ workTitle: quote.original.workTitle, source: quote.original.source, citedOn: occ.citedOn ?? null });
  const facts = quote ? { speaker: quote.speaker, title: quote.type === 'title' ? quote.text : quote.title } : null;
  return {
    key: identity,
    entry: formatSecondary(facts, formatReference(read, options), options.edition),
    attribution: formatSecondaryAttribution(facts, formatAttribution(read)),
    missing: false,
  };
}
