import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/ApiError';
import type { PackImportSummary } from '../../../shared/api/packTypes';
import { foldSearchText } from '../../../shared/search/foldSearchText';
import type { PackContents } from '../../formats/pack/readPack';
import type { PackRow } from '../../formats/pack/packSchemas';
import { buildSearchIndex } from '../search/buildSearchIndex';
import { fromPackCell } from './packCells';
import { packColumns, quoteColumn, type PackTable } from './packColumns';

type PassageRow = PackContents['sources'][number]['rows']['passages'][number];

/**
 * Merges a checked pack (readPack) into user.db in one transaction, the search index rebuilt once at
 * its end. A source already here (same id, so the same file) is reported and left as it is. A new
 * source gets its rows, its original and its report; of its passages, those the shipped library or
 * user.db already holds are linked by the new occurrences, not stored again, as an import does. A
 * correction in the pack is applied only where this library's passage has none; the others are
 * reported. Any constraint the rows break undoes the whole merge (pack_invalid).
 */
export function mergePack(db: Database.Database, pack: PackContents, fileName: string, inShippedLibrary: (ids: string[]) => Set<string>): PackImportSummary {
  const byId = new Map<string, PassageRow>();
  for (const s of pack.sources) for (const p of s.rows.passages) if (!byId.has(p.id)) byId.set(p.id, p);
  const shipped = inShippedLibrary([...byId.keys()]);
  const insert = inserter(db);
  const merge = db.transaction((): PackImportSummary => {
    const local = new Map(
      db
        .prepare<[string], { id: string; text: string; original_text: string | null }>('SELECT id, text, original_text FROM passages WHERE id IN (SELECT value FROM json_each(?))')
        .all(JSON.stringify([...byId.keys()]))
        .map((r) => [r.id, r]),
    );
    const exists = db.prepare('SELECT 1 FROM sources WHERE id = ?');
    const fresh = pack.sources.filter((s) => !exists.get(s.entry.id));
    const summary: PackImportSummary = {
      pack: { appVersion: pack.manifest.appVersion, createdAt: pack.manifest.createdAt },
      sources: pack.sources.map((s) => ({ id: s.entry.id, title: s.rows.sources[0]!.title, added: fresh.includes(s) })),
      passages: { added: 0, present: [...byId.keys()].filter((id) => shipped.has(id) || local.has(id)).length },
      corrections: { applied: 0, present: 0, skipped: [] },
    };
    // Sources and works first, so a passage's home work can be any work the merge brings.
    const keepOriginal = db.prepare('INSERT INTO source_originals (source_id, format, bytes) VALUES (?, ?, ?)');
    for (const s of fresh) {
      insert('sources', s.rows.sources[0]!);
      // A raw text written out as .txt by the exporter is not a file this source was imported from.
      if (!s.entry.original.fromRawText) keepOriginal.run(s.entry.id, s.entry.original.format, s.original);
      for (const w of s.rows.works) insert('works', w);
    }
    const workExists = db.prepare('SELECT 1 FROM works WHERE id = ?');
    const stored = new Set<string>();
    for (const s of fresh) {
      for (const p of s.rows.passages) {
        if (shipped.has(p.id) || local.has(p.id) || stored.has(p.id)) continue;
        // Its home work elsewhere (another source, not in this pack): the first work it occurs in here.
        const home = workExists.get(p.work_id) ? p.work_id : s.rows.occurrences.find((o) => o.passage_id === p.id)!.work_id;
        insert('passages', { ...p, work_id: home }, { folded: foldSearchText(p.text) });
        stored.add(p.id);
      }
      for (const o of s.rows.occurrences) insert('occurrences', o);
      for (const r of s.rows.report) insert('report', r);
    }
    summary.passages.added = stored.size;
    const correct = db.prepare('UPDATE passages SET original_text = text, text = ?, folded = ? WHERE id = ? AND original_text IS NULL');
    for (const p of byId.values()) {
      if (typeof p.original_text !== 'string') continue;
      const here = local.get(p.id);
      if (stored.has(p.id)) summary.corrections.applied++;
      else if (here && here.text === p.text) summary.corrections.present++;
      else if (here && here.original_text === null) {
        correct.run(p.text, foldSearchText(p.text), p.id);
        summary.corrections.applied++;
      } else if (here) summary.corrections.skipped.push({ passageId: p.id, text: here.text, reason: 'local_correction' });
      else if (shipped.has(p.id)) summary.corrections.skipped.push({ passageId: p.id, text: p.original_text, reason: 'shipped' });
    }
    if (fresh.length > 0 || summary.corrections.applied > 0) buildSearchIndex(db);
    return summary;
  });
  try {
    return merge.immediate();
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    // SQLite names the column or key the rows broke (sources.imported_at, works.id).
    if (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT')) throw new ApiError('pack_invalid', { file: fileName, where: /failed: (.+)$/.exec(err instanceof Error ? err.message : '')?.[1] ?? code });
    throw err;
  }
}

/**
 * Inserts a pack row into a table with the columns both have: this database's own columns (so
 * a column the pack lacks takes its default, and one this version lacks is left behind), the
 * values bound. `derived` sets the columns computed here rather than taken from the pack.
 */
function inserter(db: Database.Database) {
  const columnsOf = new Map<PackTable, string[]>();
  const statements = new Map<string, Database.Statement>();
  return (table: PackTable, row: PackRow, derived: Record<string, string> = {}) => {
    let columns = columnsOf.get(table);
    if (!columns) columnsOf.set(table, (columns = packColumns(db, table)));
    const names = [...columns.filter((c) => Object.hasOwn(row, c)), ...Object.keys(derived)];
    const sql = `INSERT INTO ${table} (${names.map(quoteColumn).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`;
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, (statement = db.prepare(sql)));
    statement.run(names.map((n) => (Object.hasOwn(derived, n) ? derived[n]! : fromPackCell(row[n]))));
  };
}
