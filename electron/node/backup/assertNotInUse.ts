import Database from 'better-sqlite3';
import { ApiError } from '../../shared/api/ApiError';

/**
 * Replacing user.db under another process that has it open (a second browser host, a running CLI)
 * would leave that process writing into a file nobody reads. Leaving WAL mode needs every other
 * connection gone, so trying it is the test: it fails at once while anyone else holds the file.
 */
export function assertNotInUse(file: string): void {
  const db = new Database(file, { fileMustExist: true, timeout: 0 });
  try {
    const mode = db.pragma('journal_mode = DELETE', { simple: true });
    if (mode !== 'delete') throw new ApiError('busy', 'user.db');
  } catch (err) {
    if (err instanceof ApiError) throw err;
    throw new ApiError('busy', err instanceof Error ? err.message : String(err));
  } finally {
    db.close();
  }
}
