import type Database from 'better-sqlite3';

/** The tables whose rows make up an own source in a pack. */
export type PackTable = 'sources' | 'works' | 'passages' | 'occurrences' | 'report';

/** Columns computed from others: not carried, computed again where the rows are written. */
const DERIVED: Partial<Record<PackTable, readonly string[]>> = { passages: ['folded'] };

/**
 * The columns of a table that a pack carries, read from the database itself so columns added by
 * later migrations travel without a change here: all but a rowid alias (its number is local to one
 * database) and the derived ones. Only these names, never a pack's, are put into SQL.
 */
export function packColumns(db: Database.Database, table: PackTable): string[] {
  const info = db.prepare<[string], { name: string; type: string; pk: number }>('SELECT name, type, pk FROM pragma_table_info(?)').all(table);
  const keys = info.filter((c) => c.pk > 0);
  const alias = keys.length === 1 && keys[0]!.type.toUpperCase() === 'INTEGER' ? keys[0]!.name : null;
  return info.filter((c) => c.name !== alias && !DERIVED[table]?.includes(c.name)).map((c) => c.name);
}

/** A column name from the schema as an SQL identifier. */
export function quoteColumn(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
