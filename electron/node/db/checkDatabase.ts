import type Database from 'better-sqlite3';

/**
 * Everything SQLite can verify about a database file: page structure, indexes, and, when the
 * user.db still carries the FTS5 table of own passages, that index against its own shadow tables.
 * Returns the problems found; an empty list means the file is sound.
 */
export function checkDatabase(db: Database.Database): string[] {
  const problems: string[] = [];
  const rows = db.pragma('integrity_check') as Array<{ integrity_check: string }>;
  for (const r of rows) if (r.integrity_check !== 'ok') problems.push(r.integrity_check);
  const fts = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'passage_fulltext'").get();
  if (fts && !db.readonly) {
    try {
      db.prepare("INSERT INTO passage_fulltext(passage_fulltext) VALUES('integrity-check')").run();
    } catch (err) {
      problems.push(`passage_fulltext: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  const fk = db.pragma('foreign_key_check') as unknown[];
  if (fk.length > 0) problems.push(`foreign_key_check: ${fk.length} row(s) point nowhere`);
  return problems;
}
