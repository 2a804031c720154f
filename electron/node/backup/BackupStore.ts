import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { fileSystemError } from '../files/fileSystemError';
import { ApiError } from '../../shared/api/ApiError';
import { BACKUP_NAME_PATTERN, BACKUPS_KEPT, type BackupInfo, type BackupReason } from '../../shared/api/backupTypes';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The backups/ folder beside user.db. Copies are taken with SQLite's own machinery (the online
 * backup API, or VACUUM INTO where a synchronous copy is needed before a migration), never by copying
 * a file that may have half its pages in the WAL. The newest seven are kept.
 */
export class BackupStore {
  readonly dir: string;

  constructor(
    readonly dataDir: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.dir = path.join(dataDir, 'backups');
  }

  list(): BackupInfo[] {
    let names: string[];
    try {
      names = fs.readdirSync(this.dir);
    } catch {
      return [];
    }
    const out: BackupInfo[] = [];
    for (const name of names) {
      const m = BACKUP_NAME_PATTERN.exec(name);
      if (!m) continue;
      const s = m[1]!;
      const createdAt = `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}.${s.slice(15, 18)}Z`;
      let size = 0;
      try {
        size = fs.statSync(path.join(this.dir, name)).size;
      } catch {
        continue;
      }
      out.push({ name, createdAt, size, reason: m[2] as BackupReason });
    }
    return out.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
  }

  /** The full path of a listed backup; anything else (a path, `..`, a made-up name) is refused. */
  resolve(name: string): string {
    if (!BACKUP_NAME_PATTERN.test(name) || !this.list().some((b) => b.name === name)) throw new ApiError('not_found', name);
    return path.join(this.dir, name);
  }

  /**
   * A consistent copy of a live database through the online backup API. `keep` names a backup the
   * pruning that follows must leave alone (the one a restore is about to put back).
   */
  async create(db: Database.Database, reason: BackupReason, keep?: string): Promise<BackupInfo> {
    let name: string;
    try {
      name = this.freshName(reason);
    } catch (err) {
      throw backupWriteError(err, this.dir);
    }
    const tmp = path.join(this.dir, `${name}.partial`);
    try {
      await db.backup(tmp);
    } catch (err) {
      fs.rmSync(tmp, { force: true });
      throw backupWriteError(err, this.dir);
    }
    return this.finish(tmp, name, keep);
  }

  /** The same, synchronously (VACUUM INTO), for the moment before a migration changes the file. */
  createSync(db: Database.Database, reason: BackupReason): BackupInfo {
    const name = this.freshName(reason);
    const tmp = path.join(this.dir, `${name}.partial`);
    db.prepare('VACUUM INTO ?').run(tmp);
    return this.finish(tmp, name);
  }

  /** A daily backup when the newest daily one is a day old or there is none. */
  async ensureDaily(db: Database.Database): Promise<BackupInfo | null> {
    const last = this.list().find((b) => b.reason === 'daily');
    if (last && this.now().getTime() - Date.parse(last.createdAt) < DAY_MS) return null;
    return this.create(db, 'daily');
  }

  /**
   * Sets a file that cannot be opened aside, byte for byte, with its -wal/-shm companions, so a
   * restore never destroys anything the user might still need.
   */
  setAside(file: string): BackupInfo {
    const name = this.freshName('damaged');
    fs.mkdirSync(this.dir, { recursive: true });
    for (const suffix of ['', '-wal', '-shm']) {
      if (fs.existsSync(file + suffix)) fs.copyFileSync(file + suffix, path.join(this.dir, name + suffix));
    }
    return this.list().find((b) => b.name === name)!;
  }

  /** Copies a set-aside file (and its -wal/-shm) back over `file`, byte for byte. */
  putBack(name: string, file: string): void {
    const from = this.resolve(name);
    for (const suffix of ['', '-wal', '-shm']) {
      fs.rmSync(file + suffix, { force: true });
      if (fs.existsSync(from + suffix)) fs.copyFileSync(from + suffix, file + suffix);
    }
  }

  private freshName(reason: BackupReason): string {
    fs.mkdirSync(this.dir, { recursive: true });
    let t = this.now().getTime();
    for (;;) {
      const stamp = new Date(t).toISOString().replace(/[-:.]/g, '');
      const name = `user-${stamp}-${reason}.db`;
      if (!fs.existsSync(path.join(this.dir, name))) return name;
      t += 1;
    }
  }

  private finish(tmp: string, name: string, keep?: string): BackupInfo {
    const fd = fs.openSync(tmp, 'r+');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, path.join(this.dir, name));
    this.prune([name, ...(keep ? [keep] : [])]);
    return this.list().find((b) => b.name === name)!;
  }

  /** The newest seven stay; so do set-aside damaged files and the backups named in `keep`. */
  private prune(keep: string[]): void {
    const regular = this.list().filter((b) => b.reason !== 'damaged' && !keep.includes(b.name));
    const room = Math.max(0, BACKUPS_KEPT - keep.length);
    for (const old of regular.slice(room)) {
      for (const suffix of ['', '-wal', '-shm']) fs.rmSync(path.join(this.dir, old.name + suffix), { force: true });
    }
  }
}

/**
 * Why a copy could not be written, as a code the UI words: SQLite says only "unable to open database
 * file" when the backups folder cannot be written (read-only, or a file in its place).
 */
function backupWriteError(err: unknown, dir: string): unknown {
  const code: unknown = typeof err === 'object' && err !== null ? Reflect.get(err, 'code') : undefined;
  // EEXIST: a file where the folder should be.
  if (code === 'SQLITE_CANTOPEN' || code === 'SQLITE_READONLY' || code === 'SQLITE_IOERR' || code === 'EEXIST') return new ApiError('write_denied', dir);
  return typeof code === 'string' && code.startsWith('E') ? fileSystemError(err, dir, 'write') : err;
}
