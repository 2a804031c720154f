import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/ApiError';
import { migrate } from '../migrate';
import { USER_DB_VERSION, openUserDb } from '../openUserDb';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-db-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('openUserDb', () => {
  it('creates a WAL database with foreign keys and the latest schema', () => {
    const db = openUserDb(path.join(dir, 'user.db'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(USER_DB_VERSION);
    db.close();
  });

  it('refuses a database from a newer version and leaves the file untouched', () => {
    const file = path.join(dir, 'user.db');
    const newer = new Database(file);
    newer.exec('CREATE TABLE future (x)');
    newer.pragma(`user_version = ${USER_DB_VERSION + 5}`);
    newer.close();
    const before = sha(file);
    const listing = fs.readdirSync(dir).sort();
    let caught: unknown;
    try {
      openUserDb(file);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(ApiError);
    expect((caught as ApiError).code).toBe('db_newer_version');
    expect(sha(file)).toBe(before);
    expect(fs.readdirSync(dir).sort()).toEqual(listing);
  });

  it('refuses a file that is not a database without changing it', () => {
    const file = path.join(dir, 'user.db');
    fs.writeFileSync(file, 'this is not sqlite '.repeat(100));
    const before = sha(file);
    expect(() => openUserDb(file)).toThrow(expect.objectContaining({ code: 'db_corrupt' }));
    expect(sha(file)).toBe(before);
  });
});

describe('an empty or truncated user.db (a full disk, a bad copy)', () => {
  it('is refused as damaged, never set up as a new database, and left exactly as it was', () => {
    const file = path.join(dir, 'user.db');
    for (const [bytes, problem] of [
      [Buffer.alloc(0), '文件是空的（0 字节）'],
      [Buffer.from('SQLite format 3\0'), '文件不完整（只有 16 字节）'],
    ] as const) {
      fs.writeFileSync(file, bytes);
      expect(() => openUserDb(file)).toThrow(expect.objectContaining({ code: 'db_corrupt', detail: problem }));
      expect(fs.readFileSync(file).equals(bytes)).toBe(true);
      expect(fs.readdirSync(dir)).toEqual(['user.db']);
    }
  });

  it('cannot come from a first start cut short: a new user.db appears only with its schema in it', () => {
    const file = path.join(dir, 'user.db');
    const db = openUserDb(file);
    db.close();
    expect(fs.statSync(file).size).toBeGreaterThanOrEqual(512);
    // No staging file is left beside it.
    expect(fs.readdirSync(dir).filter((f) => f.includes('.new-'))).toEqual([]);
    const again = openUserDb(file);
    expect(again.pragma('user_version', { simple: true })).toBe(USER_DB_VERSION);
    again.close();
  });

  it('a 0-byte user.db makes the app show the recovery screen with the backups, not an empty library of documents', async () => {
    const { openAppApi } = await import('../../api/openAppApi');
    const { BackupStore } = await import('../../backup/BackupStore');
    const file = path.join(dir, 'user.db');
    const first = openUserDb(file);
    first.prepare("INSERT INTO documents (id, title, content, word_count, created_at, updated_at) VALUES ('d1', '心得', '{\"type\":\"doc\",\"content\":[]}', 0, 'x', 'x')").run();
    await new BackupStore(dir).create(first, 'manual');
    first.close();
    for (const suffix of ['-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
    fs.writeFileSync(file, '');
    const app = openAppApi({ dataDir: dir, libraryFile: path.join(dir, 'no-library.db'), host: 'browser', dailyBackups: false });
    try {
      await expect(app.api.listDocuments({})).rejects.toMatchObject({ code: 'db_corrupt' });
      expect(await app.api.listBackups({})).toHaveLength(1);
      expect(fs.statSync(file).size).toBe(0);
    } finally {
      app.close();
    }
  });
});

describe('migrate', () => {
  it('runs all pending migrations in one transaction: a failing one leaves nothing behind', () => {
    const db = new Database(':memory:');
    const migrations = [
      { version: 1, sql: 'CREATE TABLE a (x)' },
      { version: 2, sql: 'CREATE TABLE b (x); THIS IS NOT SQL' },
    ];
    expect(() => migrate(db, migrations)).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'a'").get()).toEqual({ n: 0 });
    migrate(db, [migrations[0]!]);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    db.close();
  });
});
