import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ApiError } from '../../shared/api/ApiError';
import { BackupStore } from '../backup/BackupStore';
import { migrate } from './migrate';
import { userMigrations } from './userMigrations';

/** Latest schema version of user.db this build understands. */
export const USER_DB_VERSION = userMigrations.reduce((max, m) => Math.max(max, m.version), 0);

/**
 * Opens (or creates) user.db. The version check happens on a read-only handle first, so a database
 * from a newer app version, or a damaged file, is reported without a single byte being changed
 * (opening read-write in WAL mode would already create -wal/-shm files and could checkpoint).
 */
export function openUserDb(file: string): Database.Database {
  const existed = file !== ':memory:' && fs.existsSync(file);
  if (existed) {
    inspectExisting(file);
  } else if (file !== ':memory:') {
    fs.mkdirSync(path.dirname(file), { recursive: true });
  }
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    // A user's words are acknowledged only once they are on disk.
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 5000');
    const version = db.pragma('user_version', { simple: true }) as number;
    // A migration rewrites the user's data; the state before it is kept, so a faulty migration can
    // be undone from the restore screen.
    if (existed && version > 0 && version < USER_DB_VERSION) new BackupStore(path.dirname(file)).createSync(db, 'migration');
    migrate(db, userMigrations);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

function inspectExisting(file: string): void {
  let probe: Database.Database;
  try {
    probe = new Database(file, { readonly: true, fileMustExist: true });
  } catch (err) {
    throw new ApiError('db_corrupt', err instanceof Error ? err.message : String(err));
  }
  try {
    const version = probe.pragma('user_version', { simple: true }) as number;
    if (version > USER_DB_VERSION) throw new ApiError('db_newer_version', String(version));
    const check = probe.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new ApiError('db_corrupt', String(check));
  } catch (err) {
    if (err instanceof ApiError) throw err;
    throw new ApiError('db_corrupt', err instanceof Error ? err.message : String(err));
  } finally {
    probe.close();
  }
}
