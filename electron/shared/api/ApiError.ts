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
  | 'file_too_large'
  | 'file_empty'
  | 'file_damaged'
  | 'file_encrypted'
  | 'file_unpack_limit'
  | 'file_exists'
  | 'document_too_large'
  | 'pdf_unavailable'
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
  // Another process (a second browser host, the CLI) held the write lock past the busy timeout.
  const sqliteCode = (err as { code?: unknown } | null)?.code;
  if (typeof sqliteCode === 'string' && sqliteCode.startsWith('SQLITE_BUSY')) return { code: 'busy', detail: sqliteCode };
  return { code: 'internal', detail: err instanceof Error ? err.message : String(err) };
}
