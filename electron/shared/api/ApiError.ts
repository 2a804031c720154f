/**
 * Errors that cross the API boundary carry a stable code; the UI and the CLI turn the code into a
 * message from the string table, so the same failure reads the same everywhere.
 */
export type ApiErrorCode =
  | 'invalid_input'
  | 'not_found'
  | 'conflict'
  | 'unauthorized'
  | 'forbidden'
  | 'too_large'
  | 'db_newer_version'
  | 'db_corrupt'
  | 'busy'
  | 'library_missing'
  | 'library_outdated'
  | 'unsupported_file'
  | 'unsupported_draft'
  | 'file_too_large'
  | 'file_not_found'
  | 'not_a_file'
  | 'file_unreadable'
  | 'folder_not_found'
  | 'is_directory'
  | 'not_overwritable'
  | 'name_too_long'
  | 'write_denied'
  | 'disk_full'
  | 'data_read_only'
  | 'file_empty'
  | 'file_damaged'
  | 'file_encrypted'
  | 'file_unpack_limit'
  | 'file_exists'
  | 'document_too_large'
  | 'file_encoding'
  | 'pdf_no_text'
  | 'file_too_complex'
  | 'import_batch_too_large'
  | 'duplicate_file'
  | 'nothing_to_import'
  | 'libreoffice_missing'
  | 'pdf_unavailable'
  | 'pack_damaged'
  | 'pack_newer_version'
  | 'pack_invalid'
  | 'pack_too_large'
  | 'pack_empty'
  | 'read_only'
  | 'profile_invalid'
  | 'profile_newer'
  | 'document_empty'
  | 'internal';

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly detail?: string;

  constructor(code: ApiErrorCode, detail?: string) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'ApiError';
    this.code = code;
    this.detail = detail;
  }
}

export interface ApiErrorPayload {
  code: ApiErrorCode;
  detail?: string;
}

export function toErrorPayload(err: unknown): ApiErrorPayload {
  if (err instanceof ApiError) return { code: err.code, detail: err.detail };
  const sqliteCode = (err as { code?: unknown } | null)?.code;
  if (typeof sqliteCode === 'string') {
    // Another process (a second browser host, the CLI) held the write lock past the busy timeout.
    if (sqliteCode.startsWith('SQLITE_BUSY')) return { code: 'busy', detail: sqliteCode };
    // user.db or its folder cannot be written (permissions, a write-protected disk): said as such, not as
    // "内部错误：attempt to write a readonly database".
    if (sqliteCode.startsWith('SQLITE_READONLY')) return { code: 'data_read_only', detail: sqliteCode };
    if (sqliteCode === 'SQLITE_FULL') return { code: 'disk_full', detail: sqliteCode };
  }
  return { code: 'internal', detail: err instanceof Error ? err.message : String(err) };
}
