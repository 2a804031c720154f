import type Database from 'better-sqlite3';
import type { PassageFlag, SourceInfo, SourcePassage, SourceSummary } from '../../shared/api/apiTypes';
import { BIBLIOGRAPHY_COLUMNS, BIBLIOGRAPHY_FIELDS } from '../../shared/library/sourceBibliography';
import { isSourceKind, DEFAULT_SOURCE_KIND } from '../../shared/library/sourceKinds';

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
const KNOWN_FLAGS: ReadonlySet<string> = new Set<PassageFlag>(['masked-name', 'mojibake-removed']);

/** A row's flags, those this version knows (a library built by a newer one may record more). */
export function passageFlagsOf(row: PassageRow): PassageFlag[] {
  const parsed: unknown = JSON.parse(row.flags || '[]');
  return Array.isArray(parsed) ? parsed.filter((f): f is PassageFlag => typeof f === 'string' && KNOWN_FLAGS.has(f)) : [];
}

/**
 * Reads sources, works, passages and occurrences from one database in the library layout: the shipped
 * library.db, or user.db for the user's own sources (same tables). `own` says which.
 */
export class PassageStore {
  private readonly hasEdits: boolean;
  /** Statements prepared once: a search reads a page of rows and their sources with each. */
  private readonly statements = new Map<string, Database.Statement>();

  constructor(
    readonly db: Database.Database,
    readonly own: boolean,
  ) {
    this.hasEdits = (db.prepare("SELECT count(*) AS n FROM pragma_table_info('passages') WHERE name = 'original_text'").get() as { n: number }).n > 0;
  }

  private get editedColumn(): string {
    return this.hasEdits ? '(p.original_text IS NOT NULL) AS edited' : '0 AS edited';
  }

  private prepared(sql: string): Database.Statement {
    let stmt = this.statements.get(sql);
    if (!stmt) this.statements.set(sql, (stmt = this.db.prepare(sql)));
    return stmt;
  }

  count(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM passages').get() as { n: number }).n;
  }

  passagesByIds(ids: string[]): PassageRow[] {
    return this.passagesWhere('p.id', ids);
  }

  passagesByRowids(rowids: number[]): PassageRow[] {
    return this.passagesWhere('p.rowid', rowids);
  }

  private passagesWhere(column: 'p.id' | 'p.rowid', values: Array<string | number>): PassageRow[] {
    if (values.length === 0) return [];
    return this.prepared(`SELECT ${PASSAGE_COLUMNS}, ${this.editedColumn} FROM passages p JOIN works w ON w.id = p.work_id WHERE ${column} IN (SELECT value FROM json_each(?))`).all(JSON.stringify(values)) as PassageRow[];
  }

  /** Every source each passage occurs in, keyed by passage id. */
  sourcesFor(ids: string[]): Map<string, SourceInfo[]> {
    const out = new Map<string, SourceInfo[]>();
    if (ids.length === 0) return out;
    const rows = this.prepared(
      `SELECT DISTINCT o.passage_id, ${SOURCE_COLUMNS} FROM occurrences o JOIN sources s ON s.id = o.source_id
       WHERE o.passage_id IN (SELECT value FROM json_each(?)) ORDER BY s.file_name, s.id`,
    ).all(JSON.stringify(ids)) as SourceRow[];
    for (const r of rows) {
      const list = out.get(r.passage_id!) ?? [];
      list.push(toSourceInfo(r));
      out.set(r.passage_id!, list);
    }
    return out;
  }

  listSources(): SourceSummary[] {
    const rows = this.db
      .prepare(
        `SELECT ${SOURCE_COLUMNS},
                (SELECT count(*) FROM works w WHERE w.source_id = s.id) AS works,
                (SELECT count(DISTINCT o.passage_id) FROM occurrences o WHERE o.source_id = s.id) AS passages
         FROM sources s ORDER BY s.file_name, s.id`,
      )
      .all() as Array<SourceRow & { works: number; passages: number }>;
    return rows.map((r) => ({ ...toSourceInfo(r), fileName: r.file_name, own: this.own, works: r.works, passages: r.passages }));
  }

  /** The works of sources of these kinds, with their source's title and kind (for finding a document a passage names). */
  worksOfKinds(kinds: string[]): Array<{ id: string; title: string; sourceTitle: string; kind: string }> {
    return this.db
      .prepare(
        `SELECT w.id, w.title, s.title AS sourceTitle, s.kind FROM works w JOIN sources s ON s.id = w.source_id
         WHERE s.kind IN (SELECT value FROM json_each(?)) ORDER BY s.file_name, w.ord`,
      )
      .all(JSON.stringify(kinds)) as Array<{ id: string; title: string; sourceTitle: string; kind: string }>;
  }

  hasSource(id: string): boolean {
    return this.db.prepare('SELECT 1 FROM sources WHERE id = ?').get(id) !== undefined;
  }

  rawText(sourceId: string): string | null {
    return (this.db.prepare('SELECT raw_text FROM sources WHERE id = ?').get(sourceId) as { raw_text: string } | undefined)?.raw_text ?? null;
  }

  works(sourceId: string): Array<{ id: string; title: string }> {
    return this.db.prepare('SELECT id, title FROM works WHERE source_id = ? ORDER BY ord').all(sourceId) as Array<{ id: string; title: string }>;
  }

  /** A work's occurrences in reading order, with the passage text where this store holds it. */
  workOccurrences(workId: string): Array<{ passage_id: string; start: number; end: number; ord: number }> {
    return this.db.prepare('SELECT passage_id, start, end, ord FROM occurrences WHERE work_id = ? ORDER BY ord, start').all(workId) as Array<{
      passage_id: string;
      start: number;
      end: number;
      ord: number;
    }>;
  }

  occurrencesOf(passageId: string): Array<{ source_id: string; source_title: string; work_id: string; work_title: string; start: number; end: number }> {
    return this.db
      .prepare(
        `SELECT o.source_id, s.title AS source_title, o.work_id, w.title AS work_title, o.start, o.end
         FROM occurrences o JOIN sources s ON s.id = o.source_id JOIN works w ON w.id = o.work_id
         WHERE o.passage_id = ? ORDER BY s.file_name, o.start`,
      )
      .all(passageId) as Array<{ source_id: string; source_title: string; work_id: string; work_title: string; start: number; end: number }>;
  }

  static toSourcePassage(row: PassageRow, occ: { start: number; end: number }, editable: boolean): SourcePassage {
    return {
      id: row.id,
      text: row.text,
      kind: row.kind,
      themes: JSON.parse(row.themes) as string[],
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
