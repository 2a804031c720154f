// library.db is rebuilt from resources/ at build time and opened read-only by the app, so it has one
// schema version instead of migrations; an app refuses a library built with a newer schema.
// 4: passages.folded is the search fold (width, case, traditional → simplified).
// 5: the search index is the posting lists of search/buildSearchIndex (the FTS5 tables are gone).
// 6: passages.flags, what the build could not put right (a JSON array of PassageFlag).
// 7: sources.kind (权威文献 | 新闻报道 | 参考范文) and the bibliographic fields of SourceBibliography;
//    the search index lists passages by source kind and ranks ties authoritative first.
//    check_index (electron/node/check/checkIndexFormat) holds the check's fingerprint index, built with
//    the library; a library without one (built before) is indexed in memory at the first check.
export const LIBRARY_SCHEMA_VERSION = 7;

export const librarySchemaSql = `
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  CREATE TABLE sources (
    id TEXT PRIMARY KEY,
    file_name TEXT NOT NULL,
    title TEXT NOT NULL,
    site TEXT, date TEXT, url TEXT, doc_number TEXT, pages INTEGER, author TEXT,
    raw_text TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT '参考范文',
    issuer TEXT, newspaper TEXT, newspaper_page TEXT, journal TEXT, journal_volume TEXT, journal_issue TEXT,
    page_range TEXT, publisher TEXT, place TEXT
  );
  CREATE TABLE works (
    id TEXT PRIMARY KEY,
    source_id TEXT NOT NULL REFERENCES sources(id),
    ord INTEGER NOT NULL,
    title TEXT NOT NULL
  );
  CREATE TABLE passages (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    text TEXT NOT NULL,
    folded TEXT NOT NULL,
    heading TEXT,
    kind TEXT NOT NULL,
    themes TEXT NOT NULL,
    rules TEXT NOT NULL,
    incomplete INTEGER NOT NULL,
    flags TEXT NOT NULL DEFAULT '[]',
    work_id TEXT NOT NULL REFERENCES works(id)
  );
  CREATE TABLE occurrences (
    passage_id TEXT NOT NULL REFERENCES passages(id),
    source_id TEXT NOT NULL REFERENCES sources(id),
    work_id TEXT NOT NULL REFERENCES works(id),
    ord INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    PRIMARY KEY (passage_id, source_id, start)
  );
  CREATE INDEX occurrences_by_work ON occurrences (work_id, ord);
  CREATE TABLE check_index (
    part TEXT NOT NULL,
    seq INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (part, seq)
  ) WITHOUT ROWID;
  CREATE TABLE report (
    seq INTEGER PRIMARY KEY,
    source_id TEXT, step TEXT NOT NULL, action TEXT NOT NULL, before TEXT, after TEXT
  );
`;
