import { guessSourceKind } from '../../shared/library/guessSourceKind';
import { BIBLIOGRAPHY_COLUMNS, BIBLIOGRAPHY_FIELDS } from '../../shared/library/sourceBibliography';
import type { SourceKind } from '../../shared/library/sourceKinds';
import type { BuiltSource } from './pipeline/corpusTypes';

/** The columns a source's kind and bibliography are written to, in the order sourceRowValues gives them. */
export const SOURCE_FACT_COLUMNS = ['kind', ...BIBLIOGRAPHY_FIELDS.filter((f) => f !== 'author' && f !== 'docNumber').map((f) => BIBLIOGRAPHY_COLUMNS[f])];

/**
 * The kind and bibliographic values of a source as written to library.db or user.db: its own kind,
 * the writer's choice, or the guess from its facts and text when neither is set.
 */
export function sourceRowValues(s: BuiltSource, facts: { title: string; site: string | null; url: string | null }, chosen?: SourceKind | null): Array<string | null> {
  const kind = chosen ?? kindOf(s, facts);
  return [kind, ...BIBLIOGRAPHY_FIELDS.filter((f) => f !== 'author' && f !== 'docNumber').map((f) => s[f as Exclude<typeof f, 'author' | 'docNumber'>]?.trim() || null)];
}

/** A built source's own kind, or the guess from its facts and text (what the import preview shows). */
export function kindOf(s: BuiltSource, facts: { title: string; site: string | null; url: string | null } = s): SourceKind {
  return (
    s.kind ??
    guessSourceKind({ title: facts.title, site: facts.site, url: facts.url, author: s.author, docNumber: s.docNumber, issuer: s.issuer, newspaper: s.newspaper, journal: s.journal, publisher: s.publisher, text: s.rawText }).kind
  );
}
