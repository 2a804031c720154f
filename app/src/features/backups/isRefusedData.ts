import { ApiClientError } from '../../api/ApiClientError';

/** The services refused user.db (damaged, or written by a newer version): offer the backups. */
export function isRefusedData(err: unknown): err is ApiClientError {
  return err instanceof ApiClientError && (err.payload.code === 'db_corrupt' || err.payload.code === 'db_newer_version');
}
