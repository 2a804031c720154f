/**
 * Errors that cross the API boundary carry a stable code and, at most, data (a file name, a number, a
 * few named values): never a sentence. The UI and the CLI turn the code into words from the string
 * tables (error.<code> in zhCN.ts and enUS.ts), so the same failure reads the same everywhere and in
 * the user's language.
 */
export const API_ERROR_CODES = [
  'invalid_input',
  'not_found',
  'conflict',
  'unauthorized',
  'forbidden',
  'too_large',
  'db_newer_version',
  'db_corrupt',
  'data_damaged',
  'busy',
  'library_missing',
  'library_outdated',
  'unsupported_file',
  'unsupported_draft',
  'file_too_large',
  'file_not_found',
  'not_a_file',
  'file_unreadable',
  'folder_not_found',
  'is_directory',
  'not_overwritable',
  'name_too_long',
  'write_denied',
  'disk_full',
  'data_read_only',
  'file_empty',
  'file_damaged',
  'file_encrypted',
  'file_unpack_limit',
  'file_exists',
  'document_too_large',
  'file_encoding',
  'pdf_no_text',
  'file_too_complex',
  'import_batch_too_large',
  'duplicate_file',
  'nothing_to_import',
  'libreoffice_missing',
  'pdf_unavailable',
  'pack_damaged',
  'pack_newer_version',
  'pack_invalid',
  'pack_too_large',
  'pack_empty',
  'read_only',
  'profile_invalid',
  'profile_newer',
  'document_empty',
  'internal',
  'document_too_deep',
  'invalid_choice',
  'options_conflict',
  'missing_argument',
  'unknown_command',
  'renderer_missing',
  'profile_not_json',
  'profile_not_format',
  'profile_builtin_name',
  'profile_name_taken',
  'passage_not_own',
  'check_file_type',
  'pdf_needs_libreoffice',
] as const;

export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/**
 * What an error names: one datum (a file name, an id, a version number), or named data for a message
 * with several ({ file, mb }). Filled into the message's {detail} or {name} placeholders.
 */
export type ApiErrorDetail = string | number | { readonly [name: string]: string | number };

/**
 * The param a schema refinement names its ApiError by (with `detail`): a document too deep is refused
 * as document_too_deep, not as a schema message (validateInput reads it).
 */
export const API_ERROR_PARAM = 'apiError';

/** Whether a value can be an error's detail (data read from a schema issue's params, say). */
export function isApiErrorDetail(value: unknown): value is ApiErrorDetail {
  if (typeof value === 'string' || typeof value === 'number') return true;
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'string' || typeof v === 'number');
}

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly detail?: ApiErrorDetail;

  constructor(code: ApiErrorCode, detail?: ApiErrorDetail) {
    super(detail === undefined ? code : `${code}: ${typeof detail === 'object' ? JSON.stringify(detail) : detail}`);
    this.name = 'ApiError';
    this.code = code;
    this.detail = detail;
  }
}

export interface ApiErrorPayload {
  code: ApiErrorCode;
  detail?: ApiErrorDetail;
}

const CODES: ReadonlySet<string> = new Set(API_ERROR_CODES);

export function isApiErrorCode(value: unknown): value is ApiErrorCode {
  return typeof value === 'string' && CODES.has(value);
}

export function toErrorPayload(err: unknown): ApiErrorPayload {
  if (err instanceof ApiError) return err.detail === undefined ? { code: err.code } : { code: err.code, detail: err.detail };
  const sqliteCode = typeof err === 'object' && err !== null && 'code' in err ? err.code : undefined;
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
