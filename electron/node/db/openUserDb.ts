import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ApiError } from '../../shared/api/ApiError';
import { BackupStore } from '../backup/BackupStore';
import { databaseFileProblem } from './databaseFileProblem';
import { migrate } from './migrate';
import { userMigrations } from './userMigrations';
import { userVersion } from './userVersion';

/** Latest schema version of user.db this build understands. */
export const USER_DB_VERSION = userMigrations.reduce((max, m) => Math.max(max, m.version), 0);

/**
 * Opens (or creates) user.db. The version check happens on a read-only handle first, so a database
 * from a newer app version, or a damaged file, is reported without a single byte being changed
 * (opening read-write in WAL mode would already create -wal/-shm files and could checkpoint).
 */
export function openUserDb(file: string): Database.Database {
  // A folder or file the process may not write (permissions, a write-protected disk): opened for
  // reading, so the documents can still be read and exported; every write is refused as
  // data_read_only (toErrorPayload), and the app says so at start (AppInfo.dataReadOnly).
  if (file !== ':memory:' && !canWrite(file)) return openReadOnly(file);
  const existed = file !== ':memory:' && fs.existsSync(file);
  if (existed) {
    inspectExisting(file);
  } else if (file !== ':memory:') {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    createAtomically(file);
  }
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    // A user's words are acknowledged only once they are on disk.
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 5000');
    const version = userVersion(db);
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

/**
 * A new user.db is made under another name and linked into place only once it holds its schema, so
 * user.db never exists empty: a 0-byte user.db is then always damage, never a first start that was
 * cut short. Two processes starting on a new folder at once: the second one's link fails, and it
 * opens the first one's file.
 */
function createAtomically(file: string): void {
  const temp = `${file}.new-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    const db = new Database(temp);
    try {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      migrate(db, userMigrations);
    } finally {
      db.close();
    }
    const fd = fs.openSync(temp, 'r+');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    try {
      fs.linkSync(temp, file);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') return;
      // File systems without hard links (FAT, some network shares).
      if (fs.existsSync(file)) return;
      fs.renameSync(temp, file);
    }
  } finally {
    for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(temp + suffix, { force: true });
  }
}

function inspectExisting(file: string): void {
  const problem = databaseFileProblem(file);
  if (problem) throw new ApiError('db_corrupt', problem);
  let probe: Database.Database;
  try {
    probe = new Database(file, { readonly: true, fileMustExist: true });
  } catch (err) {
    throw new ApiError('db_corrupt', err instanceof Error ? err.message : String(err));
  }
  try {
    const version = userVersion(probe);
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

/** Whether user.db (or, before it exists, its folder) and its WAL files can be written by this process. */
function canWrite(file: string): boolean {
  let dir = path.dirname(file);
  // Before the first start the folder may not exist yet: what matters is whether it can be made.
  while (!fs.existsSync(dir) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  for (const f of [dir, file, `${file}-wal`, `${file}-shm`]) {
    if (!fs.existsSync(f)) continue;
    try {
      fs.accessSync(f, fs.constants.W_OK);
    } catch {
      return false;
    }
  }
  return true;
}

/**
 * user.db for reading only. In a folder it may not write, SQLite cannot read a WAL database in place
 * (it would create the -shm file beside it), so the file is then read into memory as an ordinary
 * database instead. Refused as data_read_only when there is nothing to read or it would need a
 * migration; a newer or damaged file is refused as it would be otherwise.
 */
function openReadOnly(file: string): Database.Database {
  const dir = path.dirname(file);
  if (!fs.existsSync(file)) throw new ApiError('data_read_only', dir);
  const problem = databaseFileProblem(file);
  if (problem) throw new ApiError('db_corrupt', problem);
  let db: Database.Database;
  try {
    db = readable(() => new Database(file, { readonly: true, fileMustExist: true }));
  } catch (err) {
    if (!isReadOnlyFailure(err)) throw new ApiError('db_corrupt', err instanceof Error ? err.message : String(err));
    try {
      db = readable(() => new Database(asRollbackDatabase(fs.readFileSync(file)), { readonly: true }));
    } catch (inner) {
      throw new ApiError(isReadOnlyFailure(inner) ? 'data_read_only' : 'db_corrupt', inner instanceof Error ? inner.message : String(inner));
    }
  }
  try {
    const version = userVersion(db);
    if (version > USER_DB_VERSION) throw new ApiError('db_newer_version', String(version));
    if (version < USER_DB_VERSION) throw new ApiError('data_read_only', dir);
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new ApiError('db_corrupt', String(check));
    db.pragma('busy_timeout = 5000');
    return db;
  } catch (err) {
    db.close();
    throw err instanceof ApiError ? err : new ApiError('db_corrupt', err instanceof Error ? err.message : String(err));
  }
}

/** The opened database, once a first read has shown SQLite can read it. */
function readable(open: () => Database.Database): Database.Database {
  const db = open();
  try {
    db.pragma('user_version', { simple: true });
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

function isReadOnlyFailure(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN'));
}

/** A WAL database's bytes marked as a rollback-journal one (header bytes 18–19), which SQLite can open from memory. */
function asRollbackDatabase(bytes: Buffer): Buffer {
  if (bytes.length > 19 && bytes[18] === 2 && bytes[19] === 2) {
    bytes[18] = 1;
    bytes[19] = 1;
  }
  return bytes;
}
