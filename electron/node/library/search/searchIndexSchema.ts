/**
 * The search index lives in library.db next to the passages it indexes, built once per library
 * build (the library is read-only afterwards). Posting lists are BLOBs of varints keyed by the code
 * unit (unigrams) or the pair of units (bigrams) of the search key (foldSearchKey); documents are numbered by their
 * ordinal in rowid order ("doc"), so per-document data are dense arrays.
 *
 * Bigram postings: per doc, head = 2 × doc delta + (count > 1), then count − 2 if count > 1, or a
 * bitmap of the documents and a count byte each for a bigram in many passages; all the positions
 * (first absolute, then deltas) follow the entries (bigramFormat). Positions make a longer string's
 * match exact without reading passage text. Varints: see ByteWriter.
 * Unigram postings: the same entries, or a bitmap when smaller (unigramFormat).
 * Top lists: the best-ranked documents of long lists' strings searched alone (topListFormat), keyed
 * by the bigram's pair, or −1 − unit for a unigram.
 */
// 5: invisible characters (zero-width space, joiners, soft hyphen, BOM …) are left out of the units indexed.
// 6: doc_authority (each passage's most authoritative source kind, for ties) and the sourceKind facet.
// 7: bigram entries carry their form (list or bitmap, bigramFormat): common bigrams are bitmaps.
// 8: a bigram's positions in a column of their own (read only for strings of three units or more).
export const SEARCH_INDEX_VERSION = 8;

export const SEARCH_TABLES = ['search_meta', 'search_unigrams', 'search_bigrams', 'search_headings', 'search_facets', 'search_tops'] as const;

export const searchIndexSchemaSql = `
  CREATE TABLE search_meta (key TEXT PRIMARY KEY, value);
  CREATE TABLE search_unigrams (unit INTEGER PRIMARY KEY, df INTEGER NOT NULL, postings BLOB NOT NULL);
  CREATE TABLE search_bigrams (pair INTEGER PRIMARY KEY, df INTEGER NOT NULL, postings BLOB NOT NULL, positions BLOB NOT NULL);
  CREATE TABLE search_tops (gram INTEGER PRIMARY KEY, df INTEGER NOT NULL, docs BLOB NOT NULL);
  CREATE TABLE search_headings (hid INTEGER PRIMARY KEY, folded TEXT NOT NULL);
  CREATE TABLE search_facets (
    id INTEGER PRIMARY KEY,
    facet TEXT NOT NULL,
    value TEXT NOT NULL,
    df INTEGER NOT NULL,
    postings BLOB NOT NULL,
    UNIQUE (facet, value)
  );
`;
