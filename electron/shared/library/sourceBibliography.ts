import type { z } from 'zod';
import type { sourceBibliographySchema } from './sourceBibliographySchema';
// The bibliographic facts of a source beyond title, site, date and URL, as the GB/T 7714 formatter
// reads them. The importer fills what a page states; nothing is guessed. Stored in the `sources`
// table of library.db and user.db under the column names below (snake_case of the field names).

export type SourceBibliography = z.infer<typeof sourceBibliographySchema>;

/** Field → column, for the stores and migrations (bound parameters, fixed column names). */
export const BIBLIOGRAPHY_COLUMNS = {
  author: 'author',
  issuer: 'issuer',
  docNumber: 'doc_number',
  newspaper: 'newspaper',
  newspaperPage: 'newspaper_page',
  journal: 'journal',
  journalVolume: 'journal_volume',
  journalIssue: 'journal_issue',
  pageRange: 'page_range',
  publisher: 'publisher',
  place: 'place',
} as const satisfies Record<keyof Required<SourceBibliography>, string>;

export type BibliographyField = keyof typeof BIBLIOGRAPHY_COLUMNS;

export const BIBLIOGRAPHY_FIELDS = Object.keys(BIBLIOGRAPHY_COLUMNS) as BibliographyField[];
