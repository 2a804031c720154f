import type Database from 'better-sqlite3';
import { parseSearchQuery } from '../../electron/shared/search/parseSearchQuery';

/**
 * The naive search the index replaces: a LIKE scan of every passage's folded text, one LIKE per
 * word, returning all matches (a ranked first page and a total need them all). Returns the count.
 */
export function naiveScan(db: Database.Database): (query: string, theme?: string) => number {
  const statements = new Map<string, Database.Statement>();
  const like = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return (query, theme) => {
    const words = parseSearchQuery(query).include.map((t) => like(t.folded));
    // A theme filter the naive way: the JSON array's text holds the quoted theme.
    if (theme) words.push(like(JSON.stringify(theme)));
    const key = `${words.length}:${theme ? 1 : 0}`;
    let stmt = statements.get(key);
    if (!stmt) {
      const where = words.map((_, i) => `${theme && i === words.length - 1 ? 'themes' : 'folded'} LIKE ? ESCAPE '\\'`).join(' AND ');
      stmt = db.prepare(`SELECT rowid FROM passages WHERE ${where}`).pluck();
      statements.set(key, stmt);
    }
    return stmt.all(...words).length;
  };
}
