import fs from 'node:fs';
import Database from 'better-sqlite3';
import { ApiError } from '../../shared/api/ApiError';
import type { PassageHit, PassageInfo, SearchResult, SourceInfo } from '../../shared/api/apiTypes';
import { findHighlights } from '../../shared/text/findHighlights';
import { foldForSearch } from '../../shared/text/foldForSearch';
import { LIBRARY_SCHEMA_VERSION } from './librarySchema';

interface PassageRow {
  id: string;
  text: string;
  heading: string | null;
  work_title: string;
}

interface SourceRow {
  passage_id: string;
  id: string;
  title: string;
  site: string | null;
  date: string | null;
  url: string | null;
}

/**
 * Read-only access to library.db. It is opened on first use, not at start-up, so the editor is ready
 * before the library is touched.
 */
export class LibraryService {
  private db: Database.Database | null = null;

  constructor(private readonly file: string) {}

  private open(): Database.Database {
    if (this.db) return this.db;
    if (!fs.existsSync(this.file)) throw new ApiError('library_missing', this.file);
    const db = new Database(this.file, { readonly: true, fileMustExist: true });
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > LIBRARY_SCHEMA_VERSION) {
      db.close();
      throw new ApiError('db_newer_version', String(version));
    }
    this.db = db;
    return db;
  }

  count(): number {
    try {
      return (this.open().prepare('SELECT count(*) AS n FROM passages').get() as { n: number }).n;
    } catch (err) {
      if (err instanceof ApiError && err.code === 'library_missing') return 0;
      throw err;
    }
  }

  /** Every space-separated term must occur (folded substring match); results in library order. */
  search(query: string, limit = 20, offset = 0): SearchResult {
    const terms = foldForSearch(query)
      .split(/\s+/)
      .filter((term) => term.length > 0);
    if (terms.length === 0) return { total: 0, results: [] };
    const db = this.open();
    const where = terms.map(() => 'instr(p.folded, ?) > 0').join(' AND ');
    const total = (db.prepare(`SELECT count(*) AS n FROM passages p WHERE ${where}`).get(...terms) as { n: number }).n;
    const rows = db
      .prepare(
        `SELECT p.id, p.text, p.heading, w.title AS work_title FROM passages p JOIN works w ON w.id = p.work_id
         WHERE ${where} ORDER BY p.rowid LIMIT ? OFFSET ?`,
      )
      .all(...terms, limit, offset) as PassageRow[];
    const infos = this.withSources(rows);
    const results: PassageHit[] = infos.map((info) => ({ ...info, highlights: findHighlights(info.text, terms) }));
    return { total, results };
  }

  getPassages(ids: string[]): PassageInfo[] {
    if (ids.length === 0) return [];
    const db = this.open();
    const rows = db
      .prepare(
        `SELECT p.id, p.text, p.heading, w.title AS work_title FROM passages p JOIN works w ON w.id = p.work_id
         WHERE p.id IN (SELECT value FROM json_each(?))`,
      )
      .all(JSON.stringify(ids)) as PassageRow[];
    const byId = new Map(this.withSources(rows).map((p) => [p.id, p]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  close(): void {
    this.db?.close();
    this.db = null;
  }

  private withSources(rows: PassageRow[]): PassageInfo[] {
    if (rows.length === 0) return [];
    const sources = this.open()
      .prepare(
        `SELECT DISTINCT o.passage_id, s.id, s.title, s.site, s.date, s.url FROM occurrences o JOIN sources s ON s.id = o.source_id
         WHERE o.passage_id IN (SELECT value FROM json_each(?)) ORDER BY s.file_name`,
      )
      .all(JSON.stringify(rows.map((r) => r.id))) as SourceRow[];
    const bySource = new Map<string, SourceInfo[]>();
    for (const s of sources) {
      const list = bySource.get(s.passage_id) ?? [];
      list.push({ id: s.id, title: s.title, site: s.site, date: s.date, url: s.url });
      bySource.set(s.passage_id, list);
    }
    return rows.map((r) => ({ id: r.id, text: r.text, heading: r.heading, workTitle: r.work_title, sources: bySource.get(r.id) ?? [] }));
  }
}
