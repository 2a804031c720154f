import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ApiError } from '../../shared/api/ApiError';
import type { BackupInfo } from '../../shared/api/backupTypes';
import { USER_DB_VERSION } from '../db/openUserDb';
import type { BackupStore } from './BackupStore';

export interface PreparedRestore {
  keptAs: BackupInfo;
  /** Puts the backup in place of user.db; call only once every connection to user.db is closed. */
  swap(): void;
}

/**
 * First half of a restore, while user.db is still open: the chosen backup is checked (sound, not from
 * a newer version) and what is in use now is kept as a backup of its own, through the backup API when
 * it can be opened, byte for byte when it cannot. Nothing is replaced before both succeeded.
 */
export async function prepareRestore(store: BackupStore, dbFile: string, name: string, liveDb: Database.Database | null): Promise<PreparedRestore> {
  const source = store.resolve(name);
  verifyBackup(source, name);
  const keptAs = liveDb ? await store.create(liveDb, 'before-restore') : store.setAside(dbFile);
  return {
    keptAs,
    swap() {
      const tmp = `${dbFile}.restoring`;
      fs.copyFileSync(source, tmp);
      const fd = fs.openSync(tmp, 'r+');
      try {
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
      // A WAL left by the old file would be replayed onto the restored one and corrupt it.
      for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(dbFile + suffix, { force: true });
      fs.renameSync(tmp, dbFile);
      syncDir(path.dirname(dbFile));
    },
  };
}

function verifyBackup(file: string, name: string): void {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (err) {
    throw new ApiError('db_corrupt', `${name}: ${err instanceof Error ? err.message : String(err)}`);
  }
  try {
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > USER_DB_VERSION) throw new ApiError('db_newer_version', String(version));
    const check = db.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new ApiError('db_corrupt', `${name}: ${String(check)}`);
  } catch (err) {
    if (err instanceof ApiError) throw err;
    throw new ApiError('db_corrupt', `${name}: ${err instanceof Error ? err.message : String(err)}`);
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
