/**
 * A contentless FTS5 table over folded passage text: `uni` holds single characters, `bi` bigrams of
 * the text, `hbi` bigrams of the heading (weighted higher). The rowid is the passage's rowid.
 * contentless_delete lets the user's own passages be corrected and deleted.
 */
export const FULLTEXT_TABLE = 'passage_fulltext';

export const fulltextSchemaSql = `
  CREATE VIRTUAL TABLE IF NOT EXISTS ${FULLTEXT_TABLE} USING fts5(
    uni, bi, hbi,
    content = '', contentless_delete = 1, tokenize = 'ascii', detail = 'full'
  );
`;
