import type Database from 'better-sqlite3';
import { foldForIndex } from '../../../shared/text/foldForIndex';
import { FULLTEXT_TABLE, VOCAB_TABLE, fulltextSchemaSql } from './fulltextSchema';
import { gramTokens } from './gramTokens';

/** Indexes passages by rowid (creating the table if needed); call inside the caller's transaction. */
export function indexPassages(db: Database.Database, rows: Iterable<{ rowid: number; text: string; heading: string | null }>): number {
  db.exec(fulltextSchemaSql);
  const insert = db.prepare(`INSERT INTO ${FULLTEXT_TABLE} (rowid, uni, bi, hbi) VALUES (?, ?, ?, ?)`);
  let n = 0;
  for (const row of rows) {
    const text = gramTokens(foldForIndex(row.text));
    const heading = row.heading ? gramTokens(foldForIndex(row.heading)).bi : '';
    insert.run(row.rowid, text.uni, text.bi, heading);
    n++;
  }
  return n;
}

export function unindexPassages(db: Database.Database, rowids: number[]): void {
  db.exec(fulltextSchemaSql);
  const del = db.prepare(`DELETE FROM ${FULLTEXT_TABLE} WHERE rowid = ?`);
  for (const rowid of rowids) del.run(rowid);
}

/** (Re)builds the index of every passage in a database in the library layout. */
export function rebuildFulltext(db: Database.Database): number {
  db.exec(`DROP TABLE IF EXISTS ${VOCAB_TABLE}`);
  db.exec(`DROP TABLE IF EXISTS ${FULLTEXT_TABLE}`);
  db.exec(fulltextSchemaSql);
  // In batches: a statement cannot be read while the same connection writes, and a large library
  // should not be held in memory at once.
  const batch = db.prepare('SELECT rowid, text, heading FROM passages WHERE rowid > ? ORDER BY rowid LIMIT 5000');
  let after = 0;
  let n = 0;
  for (;;) {
    const rows = batch.all(after) as Array<{ rowid: number; text: string; heading: string | null }>;
    if (rows.length === 0) return n;
    n += indexPassages(db, rows);
    after = rows[rows.length - 1]!.rowid;
  }
}
