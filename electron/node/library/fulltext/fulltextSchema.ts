/**
 * A contentless FTS5 table over folded passage text: `uni` holds single characters, `bi` bigrams of
 * the text, `hbi` bigrams of the heading (weighted higher). The rowid is the passage's rowid.
 * contentless_delete lets the user's own passages be corrected and deleted.
 */
export const FULLTEXT_TABLE = 'passage_fulltext';
/** Document frequency of each token, so a long query can start from its rarest bigrams. */
export const VOCAB_TABLE = 'passage_vocab';

export const fulltextSchemaSql = `
  CREATE VIRTUAL TABLE IF NOT EXISTS ${FULLTEXT_TABLE} USING fts5(
    uni, bi, hbi,
    content = '', contentless_delete = 1, tokenize = 'ascii', detail = 'full'
  );
  CREATE VIRTUAL TABLE IF NOT EXISTS ${VOCAB_TABLE} USING fts5vocab(${FULLTEXT_TABLE}, 'row');
`;
