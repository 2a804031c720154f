import type Database from 'better-sqlite3';

/**
 * Everything that can be verified about a user.db: page structure and indexes, foreign keys, the FTS5
 * table of own passages against its shadow tables when an older file still has it, and the search
 * index of own passages against the passages it indexes.
 * Returns the problems found; an empty list means the file is sound.
 */
export function checkDatabase(db: Database.Database): string[] {
  const problems: string[] = [];
  const rows = db.prepare<[], { integrity_check: string }>('PRAGMA integrity_check').all();
  for (const r of rows) if (r.integrity_check !== 'ok') problems.push(r.integrity_check);
  const fts = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'passage_fulltext'").get();
  if (fts && !db.readonly) {
    try {
      db.prepare("INSERT INTO passage_fulltext(passage_fulltext) VALUES('integrity-check')").run();
    } catch (err) {
      problems.push(`passage_fulltext: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  // The posting-list index of own passages (search_meta …): it must describe exactly the passages
  // stored, or search would miss or invent rows after a crash.
  const meta = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'search_meta'").get();
  if (meta) {
    const value = (key: string) => db.prepare<[string], { value: unknown }>('SELECT value FROM search_meta WHERE key = ?').get(key)?.value;
    const docs = Number(value('docs') ?? -1);
    const passages = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM passages').get()!.n;
    if (docs !== passages) problems.push(`search index: ${docs} documents for ${passages} passages`);
    const rowids = value('doc_rowids');
    if (rowids instanceof Uint8Array && rowids.length !== docs * 8) problems.push(`search index: doc_rowids holds ${rowids.length / 8} rows for ${docs}`);
  }
  const fk = db.prepare('PRAGMA foreign_key_check').all();
  if (fk.length > 0) problems.push(`foreign_key_check: ${fk.length} row(s) point nowhere`);
  return problems;
}
