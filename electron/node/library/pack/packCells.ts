import { ApiError } from '../../../shared/api/ApiError';
import type { PackCell, PackRow } from '../../formats/pack/packSchemas';

/** A database row as a pack row: the given columns, a BLOB as base64 (JSON has no bytes). */
export function toPackRow(row: Record<string, unknown>, columns: readonly string[]): PackRow {
  const out: PackRow = {};
  for (const column of columns) {
    const value = row[column];
    if (value === null || value === undefined) out[column] = null;
    else if (typeof value === 'string' || typeof value === 'number') out[column] = value;
    else if (typeof value === 'bigint') out[column] = Number(value);
    else if (Buffer.isBuffer(value)) out[column] = { base64: value.toString('base64') };
    else throw new ApiError('internal', `${column}: ${typeof value}`);
  }
  return out;
}

/** A pack cell as the value SQLite is given. */
export function fromPackCell(cell: PackCell | undefined): string | number | null | Buffer {
  if (cell === undefined || cell === null) return null;
  if (typeof cell === 'object') return Buffer.from(cell.base64, 'base64');
  return cell;
}
