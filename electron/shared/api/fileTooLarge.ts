import { ApiError } from './ApiError';
import { IMPORT_FILE_MAX } from './apiLimits';

/** A size as the messages show it (MB, one decimal). */
export function megabytes(bytes: number): string {
  return (bytes / 1048576).toFixed(1);
}

/** The one refusal of a file over its limit, as data the UI words: the name, its size and the limit. */
export function fileTooLarge(file: string, bytes: number | null, limit: number = IMPORT_FILE_MAX): ApiError {
  return new ApiError('file_too_large', { file, mb: bytes === null ? '?' : megabytes(bytes), limit: Math.round(limit / 1048576) });
}
