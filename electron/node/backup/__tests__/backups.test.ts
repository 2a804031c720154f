import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { unzipSync, strFromU8 } from 'fflate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BACKUPS_KEPT } from '../../../shared/api/backupTypes';
import type { DocNode } from '../../../shared/doc/docTypes';
import { openAppApi, type AppApi } from '../../api/openAppApi';
import { migrate } from '../../db/migrate';
import { USER_DB_VERSION, openUserDb } from '../../db/openUserDb';
import { userMigrations } from '../../db/userMigrations';
import { BackupStore } from '../BackupStore';

let dir: string;
let app: AppApi | null = null;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-backup-'));
});
afterEach(() => {
  app?.close();
  app = null;
  fs.rmSync(dir, { recursive: true, force: true });
});

const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const paragraph = (text: string): DocNode => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
const open = () => (app = openAppApi({ dataDir: dir, libraryFile: path.join(dir, 'no-library.db'), host: 'browser' }));
const textOf = (doc: { content: unknown }) => JSON.stringify(doc.content);

describe('BackupStore', () => {
  it('says why the daily backup failed, and tries again until it succeeds', async () => {
    // Where the backups go is taken by a file: every copy fails, as on a full or read-only disk.
    fs.writeFileSync(path.join(dir, 'backups'), 'not a folder');
    app = openAppApi({ dataDir: dir, libraryFile: path.join(dir, 'no-library.db'), host: 'browser', backupRetryMs: 50 });
    const opened = app;
    await vi.waitFor(async () => expect((await opened.api.getAppInfo({})).backupFailure).not.toBeNull());
    expect((await opened.api.getAppInfo({})).backupFailure?.code).not.toBe('internal');
    fs.rmSync(path.join(dir, 'backups'));
    await vi.waitFor(async () => expect((await opened.api.getAppInfo({})).backupFailure).toBeNull(), { timeout: 5000 });
    expect(new BackupStore(dir).list().map((b) => b.reason)).toEqual(['daily']);
  });

  it('copies through the backup API and keeps only the newest seven', async () => {
    const db = openUserDb(path.join(dir, 'user.db'));
    let t = Date.parse('2026-01-01T00:00:00Z');
    const store = new BackupStore(dir, () => new Date((t += 3_600_000)));
    for (let i = 0; i < 10; i++) await store.create(db, 'manual');
    db.close();
    const list = store.list();
    expect(list).toHaveLength(BACKUPS_KEPT);
    expect(list[0]!.createdAt).toBe('2026-01-01T10:00:00.000Z');
    expect(list.at(-1)!.createdAt).toBe('2026-01-01T04:00:00.000Z');
    const copy = new Database(path.join(dir, 'backups', list[0]!.name), { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.pragma('user_version', { simple: true })).toBe(USER_DB_VERSION);
    copy.close();
  });

  it('takes a daily backup once a day', async () => {
    const db = openUserDb(path.join(dir, 'user.db'));
    let now = new Date('2026-03-01T08:00:00Z');
    const store = new BackupStore(dir, () => now);
    expect(await store.ensureDaily(db)).not.toBeNull();
    now = new Date('2026-03-01T20:00:00Z');
    expect(await store.ensureDaily(db)).toBeNull();
    now = new Date('2026-03-02T08:00:01Z');
    expect(await store.ensureDaily(db)).not.toBeNull();
    db.close();
    expect(store.list().map((b) => b.reason)).toEqual(['daily', 'daily']);
  });

  it('keeps the state before a migration', () => {
    const file = path.join(dir, 'user.db');
    const old = new Database(file);
    migrate(old, userMigrations.slice(0, 3));
    old.prepare("INSERT INTO documents (id, title, content, created_at, updated_at) VALUES ('d1', '旧文稿', '{}', 'x', 'x')").run();
    old.close();
    openUserDb(file).close();
    const [backup] = new BackupStore(dir).list();
    expect(backup?.reason).toBe('migration');
    const copy = new Database(path.join(dir, 'backups', backup!.name), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(3);
    expect(copy.prepare('SELECT title FROM documents').pluck().get()).toBe('旧文稿');
    copy.close();
  });

  it('refuses names that are not listed backups', () => {
    const store = new BackupStore(dir);
    expect(() => store.resolve('../user.db')).toThrow(/not_found/);
    expect(() => store.resolve('user-20260101T000000000Z-daily.db')).toThrow(/not_found/);
  });
});

describe('restore', () => {
  it('puts a backup back and keeps what was in use as a backup of its own', async () => {
    const { api } = open();
    const doc = await api.createDocument({ title: '心得', content: paragraph('第一稿') });
    const backup = await api.createBackup({});
    await api.saveDocument({ id: doc.id, content: paragraph('第二稿') });
    const result = await api.restoreBackup({ name: backup.name });
    expect(result.restored).toBe(backup.name);
    expect(textOf(await api.getDocument({ id: doc.id }))).toContain('第一稿');
    const kept = (await api.listBackups({})).find((b) => b.name === result.keptAs)!;
    expect(kept.reason).toBe('before-restore');
    const keptDb = new Database(path.join(dir, 'backups', kept.name), { readonly: true });
    expect(keptDb.prepare('SELECT content FROM documents').pluck().get()).toContain('第二稿');
    keptDb.close();
    // The restored copy is reopened as user.db: writes go on normally.
    await api.saveDocument({ id: doc.id, content: paragraph('第三稿') });
    expect(textOf(await api.getDocument({ id: doc.id }))).toContain('第三稿');
  });

  it('refuses to replace user.db while another process has it open, and goes on working', async () => {
    const { api } = open();
    const doc = await api.createDocument({ title: '共用', content: paragraph('现在') });
    const backup = await api.createBackup({});
    const other = spawn(process.execPath, ['-e', `const D=require('better-sqlite3');const d=new D(${JSON.stringify(path.join(dir, 'user.db'))});d.prepare('SELECT 1').get();console.log('open');setTimeout(()=>d.close(),60000)`], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      await new Promise<void>((resolve) => other.stdout!.once('data', () => resolve()));
      const backupsBefore = fs.readdirSync(path.join(dir, 'backups')).sort();
      await expect(api.restoreBackup({ name: backup.name })).rejects.toMatchObject({ code: 'busy' });
      // Refused: no before-restore backup taken, nothing pruned, no -wal/-shm left beside the backups.
      expect(fs.readdirSync(path.join(dir, 'backups')).sort()).toEqual(backupsBefore);
      expect(fs.readdirSync(dir).filter((f) => f.includes('restoring'))).toEqual([]);
      await api.saveDocument({ id: doc.id, content: paragraph('仍然可以保存') });
      expect(textOf(await api.getDocument({ id: doc.id }))).toContain('仍然可以保存');
    } finally {
      other.kill('SIGKILL');
    }
  });

  it('restores the oldest of seven backups: the chosen one is never pruned, and the app goes on working', async () => {
    const { api } = open();
    const doc = await api.createDocument({ title: '一周', content: paragraph('第一天') });
    const first = await api.createBackup({});
    for (let day = 2; day <= BACKUPS_KEPT; day++) {
      await api.saveDocument({ id: doc.id, content: paragraph(`第${day}天`) });
      await api.createBackup({});
    }
    const before = await api.listBackups({});
    expect(before).toHaveLength(BACKUPS_KEPT);
    expect(before.at(-1)!.name).toBe(first.name);

    const result = await api.restoreBackup({ name: first.name });
    expect(result.restored).toBe(first.name);
    expect(textOf(await api.getDocument({ id: doc.id }))).toContain('第一天');
    const after = (await api.listBackups({})).map((b) => b.name);
    expect(after).toContain(first.name);
    expect(after).toContain(result.keptAs);
    expect(after).toHaveLength(BACKUPS_KEPT);
    await api.saveDocument({ id: doc.id, content: paragraph('恢复后继续写') });
    expect(textOf(await api.getDocument({ id: doc.id }))).toContain('恢复后继续写');
    // Restoring the same backup again still works: it is still there.
    await api.restoreBackup({ name: first.name });
    expect(textOf(await api.getDocument({ id: doc.id }))).toContain('第一天');
  });

  it('a restore that fails half way leaves the app working on the data it had', async () => {
    const { api } = open();
    const doc = await api.createDocument({ title: '现在', content: paragraph('现在的文字') });
    const backup = await api.createBackup({});
    // The backup vanishes between the list and the restore (another program, a full disk's cleanup).
    fs.rmSync(path.join(dir, 'backups', backup.name));
    await expect(api.restoreBackup({ name: backup.name })).rejects.toMatchObject({ code: 'not_found' });
    expect(textOf(await api.getDocument({ id: doc.id }))).toContain('现在的文字');

    // A backup that checks out but cannot be opened as user.db (its migration fails): the data in use is put back.
    const old = new Database(path.join(dir, 'old.db'));
    migrate(old, userMigrations.slice(0, 1));
    old.exec('CREATE TABLE sources (id TEXT)');
    old.close();
    const store = new BackupStore(dir);
    const name = `user-20200101T000000000Z-manual.db`;
    fs.copyFileSync(path.join(dir, 'old.db'), path.join(store.dir, name));
    await expect(api.restoreBackup({ name })).rejects.toBeTruthy();
    expect(textOf(await api.getDocument({ id: doc.id }))).toContain('现在的文字');
    await api.saveDocument({ id: doc.id, content: paragraph('还能保存') });
    expect(textOf(await api.getDocument({ id: doc.id }))).toContain('还能保存');
    expect(app!.failure()).toBeNull();
  });

  it('refuses a path or a made-up name with a message', async () => {
    const { api } = open();
    await expect(api.restoreBackup({ name: '../../etc/passwd' })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(api.restoreBackup({ name: 'user-20260101T000000000Z-daily.db' })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('offers the way out when user.db is damaged: the file set aside byte for byte, a backup restored', async () => {
    const first = open();
    const doc = await first.api.createDocument({ title: '保住的文稿', content: paragraph('备份里的文字') });
    const backup = await first.api.createBackup({});
    first.close();
    app = null;
    const file = path.join(dir, 'user.db');
    const bytes = fs.readFileSync(file);
    bytes.fill(0x5a, 0, 100);
    fs.writeFileSync(file, bytes);
    const damagedSha = sha(file);

    const { api, failure } = open();
    expect(failure()).toMatchObject({ code: 'db_corrupt' });
    await expect(api.listDocuments({})).rejects.toMatchObject({ code: 'db_corrupt' });
    expect(sha(file)).toBe(damagedSha);
    expect((await api.listBackups({})).map((b) => b.name)).toContain(backup.name);

    const result = await api.restoreBackup({ name: backup.name });
    expect(sha(path.join(dir, 'backups', result.keptAs))).toBe(damagedSha);
    expect(result.keptAs).toMatch(/-damaged\.db$/);
    expect((await api.listDocuments({})).map((d) => d.id)).toEqual([doc.id]);
  });

  it('refuses to restore a damaged backup and changes nothing', async () => {
    const { api } = open();
    await api.createDocument({ title: '现在的', content: paragraph('现在') });
    const backup = await api.createBackup({});
    const backupFile = path.join(dir, 'backups', backup.name);
    const bytes = fs.readFileSync(backupFile);
    bytes.fill(0, 0, 16);
    fs.writeFileSync(backupFile, bytes);
    await expect(api.restoreBackup({ name: backup.name })).rejects.toMatchObject({ code: 'db_corrupt' });
    expect((await api.listDocuments({})).map((d) => d.title)).toEqual(['现在的']);
  });
  it('refuses to restore an empty (0-byte) backup, which SQLite would open as a new, empty database', async () => {
    const { api } = open();
    await api.createDocument({ title: '现在的', content: paragraph('现在') });
    const backup = await api.createBackup({});
    fs.writeFileSync(path.join(dir, 'backups', backup.name), '');
    await expect(api.restoreBackup({ name: backup.name })).rejects.toMatchObject({ code: 'db_corrupt', detail: `${backup.name}: 文件是空的（0 字节）` });
    expect((await api.listDocuments({})).map((d) => d.title)).toEqual(['现在的']);
  });
});

describe('export everything', () => {
  it('zips user.db and every document as DOCX and Markdown under a safe file name', async () => {
    const { api } = open();
    await api.createDocument({ title: '../../etc/passwd', content: paragraph('路径穿越') });
    await api.createDocument({ title: '学习心得', content: paragraph('千万工程') });
    await api.createDocument({ title: '学习心得', content: paragraph('同名') });
    const bundle = await api.exportEverything({});
    expect(bundle.documents).toBe(3);
    const files = unzipSync(Buffer.from(bundle.dataBase64, 'base64'));
    const names = Object.keys(files).sort();
    expect(bundle.docx).toBe(true);
    expect(names).toEqual(
      ['markdown/_.._etc_passwd.md', 'markdown/学习心得 (2).md', 'markdown/学习心得.md', 'docx/_.._etc_passwd.docx', 'docx/学习心得 (2).docx', 'docx/学习心得.docx', 'user.db'].sort(),
    );
    // Each DOCX is a real Word package with the document's text.
    const bodies = ['docx/学习心得.docx', 'docx/学习心得 (2).docx'].map((n) => strFromU8(unzipSync(files[n]!)['word/document.xml']!)).join('');
    expect(bodies).toContain('千万工程');
    expect(bodies).toContain('同名');
    for (const name of names) expect(name.split('/').every((part) => part !== '..')).toBe(true);
    expect(strFromU8(files['markdown/_.._etc_passwd.md']!)).toContain('路径穿越');
    const copy = path.join(dir, 'exported.db');
    fs.writeFileSync(copy, files['user.db']!);
    const db = new Database(copy, { readonly: true });
    expect(db.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(3);
    db.close();
  });
});
