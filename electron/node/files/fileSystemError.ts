import path from 'node:path';
import { ApiError } from '../../shared/api/ApiError';

/**
 * A file-system failure as an ApiError with a code the UI words (a missing file or folder, no
 * permission, a full disk, a name too long …) instead of Node's "ENOENT: no such file or directory,
 * open '…'". `action` says whether `file` was being read or written. ApiErrors pass through; anything
 * unexpected stays internal, with its message.
 */
export function fileSystemError(err: unknown, file: string, action: 'read' | 'write'): ApiError {
  if (err instanceof ApiError) return err;
  switch ((err as NodeJS.ErrnoException | null)?.code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return action === 'read' ? new ApiError('file_not_found', file) : new ApiError('folder_not_found', path.dirname(file));
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return action === 'read' ? new ApiError('file_unreadable', file) : new ApiError('write_denied', file);
    case 'EISDIR':
      return action === 'read' ? new ApiError('not_a_file', file) : new ApiError('is_directory', file);
    case 'ENAMETOOLONG':
      return new ApiError('name_too_long', path.basename(file));
    case 'ENOSPC':
    case 'EDQUOT':
      return new ApiError('disk_full', file);
    default:
      return new ApiError('internal', err instanceof Error ? err.message : String(err));
  }
}
