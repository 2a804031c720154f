import { z } from 'zod';

// The bibliographic facts of a source beyond title, site, date and URL, as the GB/T 7714 formatter
// reads them. The importer fills what a page states; nothing is guessed.
const fact = z.string().nullable().optional();

export const sourceBibliographySchema = z
  .object({
    /** 主要责任者: a person, several (separated by 、 or ;), or a body. */
    author: fact,
    /** 发文机关 / 发布机构 of a document (中共中央 国务院); the 主要责任者 when there is no author. */
    issuer: fact,
    /** 发文字号 (中发〔2024〕1号). A document-sharing site's 文档编号 is kept too but never printed. */
    docNumber: fact,
    /** Name of the newspaper: a source with one is cited as [N]. */
    newspaper: fact,
    /** 版次 of a newspaper article, as digits ("1", "05"). */
    newspaperPage: fact,
    /** Name of the journal (刊名): a source with one is cited as [J]. */
    journal: fact,
    /** 卷 of a journal. */
    journalVolume: fact,
    /** 期 of a journal ("12", "增刊1"). */
    journalIssue: fact,
    /** 起讫页码 of an article or the cited pages of a book ("12-15"). */
    pageRange: fact,
    /** 出版者 of a book (a source with one and no newspaper or journal is cited as [M]). */
    publisher: fact,
    /** 出版地. */
    place: fact,
  })
  .strict();
