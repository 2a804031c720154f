import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocNode } from '../../../shared/doc/docTypes';
import { migrate } from '../../db/migrate';
import { openUserDb } from '../../db/openUserDb';
import { userMigrations } from '../../db/userMigrations';
import { DocumentService } from '../DocumentService';

let dir: string;
let db: Database.Database;
let clock: number;
let service: DocumentService;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-rev-'));
  db = openUserDb(path.join(dir, 'user.db'));
  clock = Date.parse('2026-11-22T08:00:00Z');
  service = new DocumentService(db, { now: () => new Date((clock += 1000)) });
});
afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const doc = (text: string): DocNode => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
const body = (d: { content: DocNode }) => JSON.stringify(d.content);

describe('revision history', () => {
  it('gives a revision with its text, and refuses one of another document', () => {
    const a = service.create({ title: '甲' });
    service.save(a.id, doc('第一稿'));
    service.open(a.id);
    const [rev] = service.listRevisions(a.id);
    const record = service.getRevision(a.id, rev!.id);
    expect(record).toMatchObject({ id: rev!.id, documentId: a.id, reason: 'open', title: '甲', wordCount: 3 });
    expect(record.content).toEqual(doc('第一稿'));
    const b = service.create({});
    expect(() => service.getRevision(b.id, rev!.id)).toThrow(expect.objectContaining({ code: 'not_found' }));
  });

  it('restoring keeps the current text as a revision first, and is itself undone by restoring that one', () => {
    const a = service.create({ title: '心得' });
    service.save(a.id, doc('第一稿'));
    service.open(a.id);
    const first = service.listRevisions(a.id)[0]!;
    const saved = service.save(a.id, doc('第二稿，改了很多'));

    const restored = service.restoreRevision(a.id, first.id, saved.version);
    expect(restored.content).toEqual(doc('第一稿'));
    expect(restored.wordCount).toBe(3);
    expect(restored.version).toBe(saved.version + 1);
    expect(restored.title).toBe('心得');
    const list = service.listRevisions(a.id);
    expect(list.map((r) => r.reason)).toEqual(['restore', 'before_restore', 'open', 'create']);
    expect(service.getRevision(a.id, list[1]!.id).content).toEqual(doc('第二稿，改了很多'));

    // Undo the restore: restore the text kept before it.
    const back = service.restoreRevision(a.id, list[1]!.id);
    expect(back.content).toEqual(doc('第二稿，改了很多'));
    // The current text (the first draft) equals the newest revision, so no duplicate is kept.
    expect(service.listRevisions(a.id).map((r) => r.reason)).toEqual(['restore', 'restore', 'before_restore', 'open', 'create']);
    expect(body(service.get(a.id))).toBe(JSON.stringify(doc('第二稿，改了很多')));
  });

  it('refuses a restore based on a stale version, changing nothing', () => {
    const a = service.create({});
    service.save(a.id, doc('一'));
    service.open(a.id);
    const rev = service.listRevisions(a.id)[0]!;
    service.save(a.id, doc('二'));
    expect(() => service.restoreRevision(a.id, rev.id, 1)).toThrow(expect.objectContaining({ code: 'conflict' }));
    expect(service.get(a.id).content).toEqual(doc('二'));
    expect(service.listRevisions(a.id)).toHaveLength(2);
  });
});

describe('user.db migration 9', () => {
  it('keeps existing revisions and accepts the restore reasons afterwards', () => {
    const file = path.join(dir, 'old.db');
    const old = new Database(file);
    migrate(old, userMigrations.filter((m) => m.version <= 8));
    old.prepare("INSERT INTO documents (id, title, content, created_at, updated_at) VALUES ('d', 't', '{}', 'x', 'x')").run();
    old.prepare("INSERT INTO revisions (document_id, reason, title, content, word_count, created_at) VALUES ('d', 'open', 't', '{}', 5, 'x')").run();
    expect(() => old.prepare("INSERT INTO revisions (document_id, reason, title, content, word_count, created_at) VALUES ('d', 'restore', 't', '{}', 5, 'x')").run()).toThrow();
    old.close();
    const upgraded = openUserDb(file);
    expect(upgraded.prepare('SELECT document_id, reason, word_count FROM revisions').all()).toEqual([{ document_id: 'd', reason: 'open', word_count: 5 }]);
    upgraded.prepare("INSERT INTO revisions (document_id, reason, title, content, word_count, created_at) VALUES ('d', 'before_restore', 't', '{}', 5, 'x')").run();
    expect(() => upgraded.prepare("INSERT INTO revisions (document_id, reason, title, content, word_count, created_at) VALUES ('d', 'bogus', 't', '{}', 5, 'x')").run()).toThrow();
    // Deleting the document still takes its revisions with it.
    upgraded.prepare("DELETE FROM documents WHERE id = 'd'").run();
    expect(upgraded.prepare('SELECT COUNT(*) AS n FROM revisions').get()).toEqual({ n: 0 });
    upgraded.close();
  });
});
