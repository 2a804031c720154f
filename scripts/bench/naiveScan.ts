import type Database from 'better-sqlite3';
import { parseSearchQuery } from '../../electron/shared/search/parseSearchQuery';

/**
 * The naive search the index replaces: a LIKE scan of every passage's folded text, one LIKE per
 * word, returning all matches (a ranked first page and a total need them all). Returns the count.
 */
export function naiveScan(db: Database.Database): (query: string) => number {
  const statements = new Map<number, Database.Statement>();
  return (query) => {
    const words = parseSearchQuery(query).include.map((t) => `%${t.folded.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    let stmt = statements.get(words.length);
    if (!stmt) {
      const where = words.map(() => "folded LIKE ? ESCAPE '\\'").join(' AND ');
      stmt = db.prepare(`SELECT rowid FROM passages WHERE ${where}`).pluck();
      statements.set(words.length, stmt);
    }
    return stmt.all(...words).length;
  };
}
