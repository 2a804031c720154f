import fs from 'node:fs';
import Database from 'better-sqlite3';
import { parseSearchQuery } from '../../electron/shared/search/parseSearchQuery';

/** The hexadecimal code of each UTF-16 unit, space-separated: one FTS5 token per character. */
function unitTokens(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += (i ? ' ' : '') + s.charCodeAt(i).toString(16);
  return out;
}

export interface FtsBaseline {
  /** Build time and size of both tables. */
  ms: number;
  bytes: number;
  /** The exact total of a query, after ranking its first page (offset, limit) by bm25 as a search box must. */
  search(query: string, options?: { offset?: number; theme?: string }): number;
  close(): void;
}

/**
 * SQLite's own full-text search over the same folded passage text, as the baseline the home-made
 * engine must beat: FTS5 with the trigram tokenizer for words of three or more units (its index cannot
 * look up shorter strings), and, for queries with a word of one or two units, a second FTS5 table
 * with one token per UTF-16 unit (its hexadecimal code, so punctuation and digits are tokens too),
 * where such a word is a phrase of one or two tokens. Both are contentless (only the index is
 * stored) in their own file, with detail=full for phrases; each search ranks by bm25 (ORDER BY rank
 * LIMIT 20) and counts every match (the total a search box shows), like the app does.
 */
export function buildFtsBaseline(libraryFile: string, ftsFile: string): FtsBaseline {
  fs.rmSync(ftsFile, { force: true });
  const t0 = performance.now();
  const db = new Database(ftsFile);
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.exec(`ATTACH DATABASE '${libraryFile.replace(/'/g, "''")}' AS lib`);
  db.exec("CREATE VIRTUAL TABLE tri USING fts5(folded, content='', tokenize='trigram')");
  db.exec("CREATE VIRTUAL TABLE uni USING fts5(units, content='')");
  const putTri = db.prepare('INSERT INTO tri (rowid, folded) VALUES (?, ?)');
  const putUni = db.prepare('INSERT INTO uni (rowid, units) VALUES (?, ?)');
  // Read through a second connection: one connection cannot write while it iterates.
  const lib = new Database(libraryFile, { readonly: true });
  try {
    const rows = lib.prepare('SELECT rowid, folded FROM passages ORDER BY rowid');
    db.transaction(() => {
      for (const r of rows.iterate() as IterableIterator<{ rowid: number; folded: string }>) {
        putTri.run(r.rowid, r.folded);
        putUni.run(r.rowid, unitTokens(r.folded));
      }
    })();
  } finally {
    lib.close();
  }
  db.exec("INSERT INTO tri (tri) VALUES ('optimize')");
  db.exec("INSERT INTO uni (uni) VALUES ('optimize')");
  const ms = performance.now() - t0;
  const bytes = fs.statSync(ftsFile).size;

  const statements = new Map<string, Database.Statement>();
  const prepared = (sql: string) => {
    let s = statements.get(sql);
    if (!s) statements.set(sql, (s = db.prepare(sql)));
    return s;
  };
  const phrase = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return {
    ms,
    bytes,
    search(query, options = {}) {
      const words = parseSearchQuery(query).include.map((t) => t.folded);
      const short = words.some((w) => w.length < 3);
      const table = short ? 'uni' : 'tri';
      const match = words.map((w) => phrase(short ? unitTokens(w) : w)).join(' AND ');
      // A theme filter joins the matches to their passages (rowid lookups). Written as `rowid IN
      // (SELECT … themes LIKE …)` SQLite ran the MATCH once per passage of the theme: 12 s a query at
      // 20,000 passages, which measured the query's plan, not FTS5.
      const join = options.theme ? ` JOIN lib.passages p ON p.rowid = ${table}.rowid` : '';
      const theme = options.theme ? ' AND p.themes LIKE ?' : '';
      const params: unknown[] = options.theme ? [match, `%${JSON.stringify(options.theme)}%`] : [match];
      prepared(`SELECT ${table}.rowid FROM ${table}${join} WHERE ${table} MATCH ?${theme} ORDER BY rank LIMIT 20 OFFSET ${Math.floor(options.offset ?? 0)}`).all(...params);
      return (prepared(`SELECT count(*) FROM ${table}${join} WHERE ${table} MATCH ?${theme}`).pluck().get(...params) as number) ?? 0;
    },
    close() {
      db.close();
      fs.rmSync(ftsFile, { force: true });
    },
  };
}
