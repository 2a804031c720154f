import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/ApiError';
import { packRows, type PackRow, type PackRows } from '../../formats/pack/packSchemas';
import type { PackSourceInput } from '../../formats/pack/writePack';
import { packColumns, quoteColumn, type PackTable } from './packColumns';
import { toPackRow } from './packCells';

/**
 * The rows of own sources as a pack holds them, read in one snapshot of user.db: each source's row,
 * works, occurrences and report, every passage its occurrences name — from user.db, corrections
 * (original_text) included, or else from the shipped library, so the pack reads the same where the
 * shipped library differs — and the file as it was imported. A source from before originals were
 * kept (user.db migration 11) gets its raw text as a UTF-8 .txt instead, marked as such.
 */
export function collectPackSources(db: Database.Database, shipped: Database.Database | null, sourceIds: readonly string[]): PackSourceInput[] {
  const own = reader(db);
  const library = shipped ? reader(shipped) : null;
  const original = db.prepare<[string], { format: string; bytes: Buffer }>('SELECT format, bytes FROM source_originals WHERE source_id = ?');
  const read = db.transaction(() =>
    sourceIds.map((id): PackSourceInput => {
      const passages = own.rows('passages', 'id IN (SELECT passage_id FROM occurrences WHERE source_id = ?) ORDER BY rowid', id);
      const found = new Set(passages.map((p) => String(p.id)));
      const occurrences = own.rows('occurrences', 'source_id = ? ORDER BY rowid', id);
      const missing = [...new Set(occurrences.map((o) => String(o.passage_id)).filter((pid) => !found.has(pid)))];
      if (missing.length && library) {
        for (const p of library.rows('passages', 'id IN (SELECT value FROM json_each(?)) ORDER BY rowid', JSON.stringify(missing))) {
          passages.push(p);
          found.add(String(p.id));
        }
      }
      // Checked as an import would check it: a pack this app writes is one it reads.
      const rows = checked({
        sources: own.rows('sources', 'id = ?', id),
        works: own.rows('works', 'source_id = ? ORDER BY ord', id),
        passages,
        // An occurrence whose passage no library here holds any more (a shipped passage an upgrade
        // dropped) is already invisible here; it would name nothing in the pack either.
        occurrences: occurrences.filter((o) => found.has(String(o.passage_id))),
        report: own.rows('report', 'source_id = ? ORDER BY rowid', id),
      });
      const kept = original.get(id);
      return {
        original: kept ? { format: kept.format, bytes: kept.bytes, fromRawText: false } : { format: 'text', bytes: Buffer.from(rows.sources[0]!.raw_text, 'utf8'), fromRawText: true },
        rows,
      };
    }),
  );
  return read();
}

function checked(rows: Record<keyof PackRows, PackRow[]>): PackRows {
  const parsed = packRows.safeParse(rows);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new ApiError('internal', `pack rows of ${rows.sources[0]?.id}: ${issue?.path.join('.')} ${issue?.message}`);
}

/** Reads rows of a table with every column a pack carries; `where` is this module's own SQL. */
function reader(db: Database.Database) {
  const statements = new Map<string, Database.Statement<[string], Record<string, unknown>>>();
  const columnsOf = new Map<PackTable, string[]>();
  return {
    rows(table: PackTable, where: string, param: string): PackRow[] {
      let columns = columnsOf.get(table);
      if (!columns) columnsOf.set(table, (columns = packColumns(db, table)));
      const sql = `SELECT ${columns.map(quoteColumn).join(', ')} FROM ${table} WHERE ${where}`;
      let statement = statements.get(sql);
      if (!statement) statements.set(sql, (statement = db.prepare<[string], Record<string, unknown>>(sql)));
      return statement.all(param).map((r) => toPackRow(r, columns));
    },
  };
}
