// The bibliographic facts of a source beyond title, site, date and URL, as the GB/T 7714 formatter
// reads them. The importer fills what a page states; nothing is guessed. Stored in the `sources`
// table of library.db and user.db under the column names below (snake_case of the field names).

export interface SourceBibliography {
  /** 主要责任者: a person, several (separated by 、 or ;), or a body. */
  author?: string | null;
  /** 发文机关 / 发布机构 of a document (中共中央 国务院); the 主要责任者 when there is no author. */
  issuer?: string | null;
  /** 发文字号 (中发〔2024〕1号). A document-sharing site's 文档编号 is kept too but never printed. */
  docNumber?: string | null;
  /** Name of the newspaper: a source with one is cited as [N]. */
  newspaper?: string | null;
  /** 版次 of a newspaper article, as digits ("1", "05"). */
  newspaperPage?: string | null;
  /** Name of the journal (刊名): a source with one is cited as [J]. */
  journal?: string | null;
  /** 卷 of a journal. */
  journalVolume?: string | null;
  /** 期 of a journal ("12", "增刊1"). */
  journalIssue?: string | null;
  /** 起讫页码 of an article or the cited pages of a book ("12-15"). */
  pageRange?: string | null;
  /** 出版者 of a book (a source with one and no newspaper or journal is cited as [M]). */
  publisher?: string | null;
  /** 出版地. */
  place?: string | null;
}

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
