import { ApiError } from '../../shared/api/ApiError';

/**
 * A file-system failure as an ApiError with a code the UI words (a missing file, no permission, a
 * full disk …) instead of Node's "ENOENT: no such file or directory, open '…'". Errors that are
 * already ApiErrors pass through; anything unexpected stays internal, with its message.
 */
export function fileSystemError(err: unknown, file: string): ApiError {
  if (err instanceof ApiError) return err;
  switch ((err as NodeJS.ErrnoException | null)?.code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new ApiError('file_not_found', file);
    case 'EACCES':
    case 'EPERM':
      return new ApiError('file_unreadable', file);
    case 'EISDIR':
      return new ApiError('not_a_file', file);
    default:
      return new ApiError('internal', err instanceof Error ? err.message : String(err));
  }
}
