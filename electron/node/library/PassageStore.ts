import type Database from 'better-sqlite3';
import { z } from 'zod';
import type { PassageFlag, SourceInfo, SourcePassage, SourceSummary } from '../../shared/api/apiTypes';
import { BIBLIOGRAPHY_COLUMNS, BIBLIOGRAPHY_FIELDS } from '../../shared/library/sourceBibliography';
import { isSourceKind, DEFAULT_SOURCE_KIND } from '../../shared/library/sourceKinds';
import { parseJsonColumn } from '../db/parseJsonColumn';

export interface PassageRow {
  rowid: number;
  id: string;
  text: string;
  heading: string | null;
  kind: string;
  themes: string;
  incomplete: number;
  /** JSON array of PassageFlag. */
  flags: string;
  work_id: string;
  work_title: string;
  edited: number;
  /** The text's search fold (foldSearchText), unit for unit: where a search's words are highlighted. */
  folded: string;
}

type SourceRow = { id: string; file_name: string; title: string; site: string | null; date: string | null; url: string | null; kind: string } & Record<string, string | null>;

/** The source columns every reader selects: its facts, kind and bibliography (fixed names, never input). */
const SOURCE_COLUMNS = ['id', 'file_name', 'title', 'site', 'date', 'url', 'kind', ...BIBLIOGRAPHY_FIELDS.map((f) => BIBLIOGRAPHY_COLUMNS[f])].map((c) => `s.${c}`).join(', ');

function toSourceInfo(r: SourceRow): SourceInfo {
  const info: SourceInfo = { id: r.id, title: r.title, site: r.site, date: r.date, url: r.url, kind: isSourceKind(r.kind) ? r.kind : DEFAULT_SOURCE_KIND };
  for (const f of BIBLIOGRAPHY_FIELDS) {
    const v = r[BIBLIOGRAPHY_COLUMNS[f]];
    if (v) info[f] = v;
  }
  return info;
}

const PASSAGE_COLUMNS = `p.rowid, p.id, p.text, p.folded, p.heading, p.kind, p.themes, p.incomplete, p.flags, p.work_id, w.title AS work_title`;
const STRINGS = z.array(z.string());
const KNOWN_FLAGS: ReadonlySet<string> = new Set<PassageFlag>(['masked-name', 'mojibake-removed']);

/** A row's flags, those this version knows (a library built by a newer one may record more). */
export function passageFlagsOf(row: PassageRow): PassageFlag[] {
  return parseJsonColumn(STRINGS, row.flags || '[]', `passages.flags ${row.id}`).filter((f): f is PassageFlag => KNOWN_FLAGS.has(f));
}

/** A row's themes (a damaged column is data_damaged, not a crash). */
export function passageThemesOf(row: PassageRow): string[] {
  return parseJsonColumn(STRINGS, row.themes, `passages.themes ${row.id}`);
}

/**
 * Reads sources, works, passages and occurrences from one database in the library layout: the shipped
 * library.db, or user.db for the user's own sources (same tables). `own` says which.
 */
export class PassageStore {
  private readonly hasEdits: boolean;
  /** Statements prepared once: a search reads a page of rows and their sources with each. */
  private readonly passageStatements = new Map<'p.id' | 'p.rowid', Database.Statement<[string], PassageRow>>();
  private sourcesStatement: Database.Statement<[string], SourceRow> | undefined;

  constructor(
    readonly db: Database.Database,
    readonly own: boolean,
  ) {
    this.hasEdits = db.prepare<[], { n: number }>("SELECT count(*) AS n FROM pragma_table_info('passages') WHERE name = 'original_text'").get()!.n > 0;
  }

  private get editedColumn(): string {
    return this.hasEdits ? '(p.original_text IS NOT NULL) AS edited' : '0 AS edited';
  }

  count(): number {
    return this.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM passages').get()!.n;
  }

  passagesByIds(ids: string[]): PassageRow[] {
    return this.passagesWhere('p.id', ids);
  }

  passagesByRowids(rowids: number[]): PassageRow[] {
    return this.passagesWhere('p.rowid', rowids);
  }

  private passagesWhere(column: 'p.id' | 'p.rowid', values: Array<string | number>): PassageRow[] {
    if (values.length === 0) return [];
    let stmt = this.passageStatements.get(column);
    if (!stmt) {
      stmt = this.db.prepare<[string], PassageRow>(`SELECT ${PASSAGE_COLUMNS}, ${this.editedColumn} FROM passages p JOIN works w ON w.id = p.work_id WHERE ${column} IN (SELECT value FROM json_each(?))`);
      this.passageStatements.set(column, stmt);
    }
    return stmt.all(JSON.stringify(values));
  }

  /** Every source each passage occurs in, keyed by passage id. */
  sourcesFor(ids: string[]): Map<string, SourceInfo[]> {
    const out = new Map<string, SourceInfo[]>();
    if (ids.length === 0) return out;
    this.sourcesStatement ??= this.db.prepare<[string], SourceRow>(
      `SELECT DISTINCT o.passage_id, ${SOURCE_COLUMNS} FROM occurrences o JOIN sources s ON s.id = o.source_id
       WHERE o.passage_id IN (SELECT value FROM json_each(?)) ORDER BY s.file_name, s.id`,
    );
    const rows = this.sourcesStatement.all(JSON.stringify(ids));
    for (const r of rows) {
      const list = out.get(r.passage_id!) ?? [];
      list.push(toSourceInfo(r));
      out.set(r.passage_id!, list);
    }
    return out;
  }

  listSources(): SourceSummary[] {
    const rows = this.db
      .prepare<[], SourceRow & { works: number; passages: number }>(
        `SELECT ${SOURCE_COLUMNS},
                (SELECT count(*) FROM works w WHERE w.source_id = s.id) AS works,
                (SELECT count(DISTINCT o.passage_id) FROM occurrences o WHERE o.source_id = s.id) AS passages
         FROM sources s ORDER BY s.file_name, s.id`,
      )
      .all();
    return rows.map((r) => ({ ...toSourceInfo(r), fileName: r.file_name, own: this.own, works: r.works, passages: r.passages }));
  }

  /** The works of sources of these kinds, with their source's title and kind (for finding a document a passage names). */
  worksOfKinds(kinds: string[]): Array<{ id: string; title: string; sourceTitle: string; kind: string }> {
    return this.db
      .prepare<[string], { id: string; title: string; sourceTitle: string; kind: string }>(
        `SELECT w.id, w.title, s.title AS sourceTitle, s.kind FROM works w JOIN sources s ON s.id = w.source_id
         WHERE s.kind IN (SELECT value FROM json_each(?)) ORDER BY s.file_name, w.ord`,
      )
      .all(JSON.stringify(kinds));
  }

  hasSource(id: string): boolean {
    return this.db.prepare('SELECT 1 FROM sources WHERE id = ?').get(id) !== undefined;
  }

  rawText(sourceId: string): string | null {
    return this.db.prepare<[string], { raw_text: string }>('SELECT raw_text FROM sources WHERE id = ?').get(sourceId)?.raw_text ?? null;
  }

  works(sourceId: string): Array<{ id: string; title: string }> {
    return this.db.prepare<[string], { id: string; title: string }>('SELECT id, title FROM works WHERE source_id = ? ORDER BY ord').all(sourceId);
  }

  /** A work's occurrences in reading order, with the passage text where this store holds it. */
  workOccurrences(workId: string): Array<{ passage_id: string; start: number; end: number; ord: number }> {
    return this.db
      .prepare<[string], { passage_id: string; start: number; end: number; ord: number }>('SELECT passage_id, start, end, ord FROM occurrences WHERE work_id = ? ORDER BY ord, start')
      .all(workId);
  }

  occurrencesOf(passageId: string): Array<{ source_id: string; source_title: string; work_id: string; work_title: string; start: number; end: number }> {
    return this.db
      .prepare<[string], { source_id: string; source_title: string; work_id: string; work_title: string; start: number; end: number }>(
        `SELECT o.source_id, s.title AS source_title, o.work_id, w.title AS work_title, o.start, o.end
         FROM occurrences o JOIN sources s ON s.id = o.source_id JOIN works w ON w.id = o.work_id
         WHERE o.passage_id = ? ORDER BY s.file_name, o.start`,
      )
      .all(passageId);
  }

  static toSourcePassage(row: PassageRow, occ: { start: number; end: number }, editable: boolean): SourcePassage {
    return {
      id: row.id,
      text: row.text,
      kind: row.kind,
      themes: passageThemesOf(row),
      incomplete: row.incomplete === 1,
      flags: passageFlagsOf(row),
      start: occ.start,
      end: occ.end,
      heading: row.heading,
      edited: row.edited === 1,
      editable,
    };
  }
}
