import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ApiError } from '../../shared/api/ApiError';
import { databaseFileProblem } from '../db/databaseFileProblem';
import { USER_DB_VERSION } from '../db/openUserDb';
import { userVersion } from '../db/userVersion';

export interface StagedDatabase {
  /** Puts the staged copy in place of user.db; call only once every connection to user.db is closed. */
  swap(): void;
  /** Removes the staged copy if it was not swapped in. */
  discard(): void;
}

/**
 * Copies a database file (a backup to restore, or the backup of what was in use, to put it back)
 * beside user.db and checks the copy: sound, not from a newer version, in rollback-journal mode so no
 * -wal of its own can be replayed onto it. The check reads the copy, never the backup itself, so the
 * backups folder is left exactly as it was (a read-only open of a WAL file leaves -wal/-shm behind).
 */
export function stageDatabase(source: string, dbFile: string, label: string): StagedDatabase {
  const staged = `${dbFile}.restoring`;
  const clean = () => {
    for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(staged + suffix, { force: true });
  };
  clean();
  try {
    fs.copyFileSync(source, staged);
    verify(staged, label);
    const fd = fs.openSync(staged, 'r+');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch (err) {
    clean();
    if (err instanceof ApiError) throw err;
    if ((err as { code?: string }).code === 'ENOENT') throw new ApiError('not_found', label);
    throw err;
  }
  let swapped = false;
  return {
    swap() {
      // A WAL left by the old file would be replayed onto the restored one and corrupt it.
      for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(dbFile + suffix, { force: true });
      fs.renameSync(staged, dbFile);
      swapped = true;
      syncDir(path.dirname(dbFile));
    },
    discard() {
      if (!swapped) clean();
    },
  };
}

function verify(file: string, label: string): void {
  // An empty or truncated backup would be opened as a new, empty database and restore nothing.
  const problem = databaseFileProblem(file);
  if (problem) throw new ApiError('db_corrupt', `${label}: ${problem}`);
  let db: Database.Database;
  try {
    db = new Database(file, { fileMustExist: true });
  } catch (err) {
    throw new ApiError('db_corrupt', `${label}: ${err instanceof Error ? err.message : String(err)}`);
  }
  try {
    const version = userVersion(db);
    if (version > USER_DB_VERSION) throw new ApiError('db_newer_version', String(version));
    const check = db.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new ApiError('db_corrupt', `${label}: ${String(check)}`);
    db.pragma('journal_mode = DELETE');
  } catch (err) {
    if (err instanceof ApiError) throw err;
    throw new ApiError('db_corrupt', `${label}: ${err instanceof Error ? err.message : String(err)}`);
  } finally {
    db.close();
  }
}

function syncDir(dir: string): void {
  try {
    const fd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // Directories cannot be opened for fsync on Windows; the rename is still atomic there.
  }
}
