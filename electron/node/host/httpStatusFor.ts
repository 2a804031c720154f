import type { ApiErrorCode } from '../../shared/api/ApiError';

// Each refusal with the status a client and a log reader expect: the request's fault (4xx) or the
// server's state (5xx), never 500 for a file the user chose that is damaged, too large or taken.
const STATUS: Record<ApiErrorCode, number> = {
  invalid_input: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  busy: 503,
  db_newer_version: 503,
  db_corrupt: 503,
  library_missing: 503,
  library_outdated: 503,
  unsupported_file: 415,
  file_too_large: 413,
  file_empty: 422,
  file_damaged: 422,
  file_encrypted: 422,
  file_unpack_limit: 422,
  file_not_found: 404,
  not_a_file: 422,
  file_unreadable: 403,
  folder_not_found: 404,
  is_directory: 409,
  not_overwritable: 409,
  name_too_long: 422,
  write_denied: 403,
  disk_full: 507,
  data_read_only: 503,
  file_exists: 409,
  document_too_large: 413,
  unsupported_draft: 415,
  file_encoding: 422,
  pdf_no_text: 422,
  file_too_complex: 422,
  libreoffice_missing: 503,
  import_batch_too_large: 413,
  duplicate_file: 409,
  nothing_to_import: 422,
  pack_damaged: 422,
  pack_newer_version: 422,
  pack_invalid: 422,
  pack_too_large: 413,
  pack_empty: 422,
  read_only: 403,
  profile_invalid: 422,
  profile_newer: 422,
  document_empty: 422,
  pdf_unavailable: 503,
  internal: 500,
};

/** The HTTP status of an API error on the browser host. */
export function httpStatusFor(code: ApiErrorCode): number {
  return STATUS[code] ?? 500;
}
