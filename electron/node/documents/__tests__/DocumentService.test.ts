import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocNode } from '../../../shared/doc/docTypes';
import { openUserDb } from '../../db/openUserDb';
import { DocumentService, REVISION_INTERVAL_MS } from '../DocumentService';

let dir: string;
let db: Database.Database;
let clock: number;
let service: DocumentService;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-docs-'));
  db = openUserDb(path.join(dir, 'user.db'));
  clock = Date.parse('2026-11-22T08:00:00Z');
  service = new DocumentService(db, { now: () => new Date(clock) });
});
afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const doc = (text: string): DocNode => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

describe('DocumentService', () => {
  it('creates, lists, saves and reopens a document with its content and word count', () => {
    const created = service.create({ title: '学习心得' });
    expect(service.list().map((d) => d.id)).toEqual([created.id]);
    clock += 1000;
    const saved = service.save(created.id, doc('学习浙江“千万工程”经验'), created.version);
    expect(saved.version).toBe(created.version + 1);
    const again = service.get(created.id);
    expect(again.content).toEqual(doc('学习浙江“千万工程”经验'));
    // 学习浙江千万工程经验 and the two full-width quotes: 12 字 as Word counts.
    expect(again.wordCount).toBe(12);
    expect(again.title).toBe('学习心得');
  });

  it('keeps per-document options: note style, GB/T 7714 edition, and the reference list', () => {
    const a = service.create({});
    // New documents: ①② footnotes restarting on each page, GB/T 7714—2025 (in force since 2026-07-01).
    expect(service.get(a.id).options).toEqual({ notes: 'circled', edition: '2025', format: 'material', references: false, wordGoal: null, templateId: null });
    service.setOptions(a.id, { notes: 'endnotes', edition: '2015', references: true, format: 'official' });
    expect(service.get(a.id).options).toEqual({ notes: 'endnotes', edition: '2015', format: 'official', references: true, wordGoal: null, templateId: null });
    // A 字数 goal set later keeps the note settings; leaving a field out keeps its value.
    service.setOptions(a.id, { wordGoal: 1500 });
    expect(service.get(a.id).options).toEqual({ notes: 'endnotes', edition: '2015', format: 'official', references: true, wordGoal: 1500, templateId: null });
    service.setOptions(a.id, { wordGoal: null });
    expect(service.get(a.id).options.wordGoal).toBeNull();
    expect(() => service.setOptions('nope', { notes: 'numbered', references: false })).toThrow(expect.objectContaining({ code: 'not_found' }));
  });

  it('rejects a save based on a stale version', () => {
    const created = service.create({});
    service.save(created.id, doc('一'), created.version);
    expect(() => service.save(created.id, doc('二'), created.version)).toThrow(expect.objectContaining({ code: 'conflict' }));
    expect(service.get(created.id).content).toEqual(doc('一'));
  });

  it('renames, moves to the trash, restores and deletes for good only from the trash', () => {
    const a = service.create({ title: '甲' });
    service.rename(a.id, '  乙  ');
    expect(service.get(a.id).title).toBe('乙');
    expect(() => service.deleteForever(a.id)).toThrow(expect.objectContaining({ code: 'not_found' }));
    service.trash(a.id);
    expect(service.list()).toEqual([]);
    expect(service.listTrash().map((d) => d.id)).toEqual([a.id]);
    service.restore(a.id);
    expect(service.list().map((d) => d.id)).toEqual([a.id]);
    service.trash(a.id);
    service.deleteForever(a.id);
    expect(service.listTrash()).toEqual([]);
    expect(() => service.get(a.id)).toThrow(expect.objectContaining({ code: 'not_found' }));
  });

  it('gives a second import of the same draft its own title (#20)', () => {
    expect(service.create({ title: '发言提纲', reason: 'import' }).title).toBe('发言提纲');
    expect(service.create({ title: '发言提纲', reason: 'import' }).title).toBe('发言提纲（2）');
    expect(service.create({ title: '发言提纲', reason: 'import' }).title).toBe('发言提纲（3）');
    // A document the writer names themselves keeps the name they gave.
    expect(service.create({ title: '发言提纲' }).title).toBe('发言提纲');
  });

  it('stores titles with markup, SQL and control characters literally', () => {
    const title = `<script>alert(1)</script>'; DROP TABLE documents;-- ../..\\ \u202e`;
    const a = service.create({ title });
    expect(service.get(a.id).title).toBe(title.trim());
  });

  it('keeps revisions on open, on close, and at most every few minutes while editing', () => {
    const a = service.create({});
    clock += 1000;
    // History starts with the document (#20): the page as it was created.
    expect(service.listRevisions(a.id).map((r) => [r.reason, r.wordCount])).toEqual([['create', 0]]);
    service.save(a.id, doc('一'));
    expect(service.listRevisions(a.id)).toHaveLength(1);
    service.open(a.id);
    expect(service.listRevisions(a.id).map((r) => r.reason)).toEqual(['open', 'create']);
    // Opening again without a change adds nothing.
    service.open(a.id);
    expect(service.listRevisions(a.id)).toHaveLength(2);
    clock += 1000;
    service.save(a.id, doc('一二'));
    expect(service.listRevisions(a.id)).toHaveLength(2);
    clock += REVISION_INTERVAL_MS;
    service.save(a.id, doc('一二三'));
    expect(service.listRevisions(a.id).map((r) => r.reason)).toEqual(['interval', 'open', 'create']);
    service.save(a.id, doc('一二三四'));
    service.close(a.id);
    const revisions = service.listRevisions(a.id);
    expect(revisions.map((r) => r.reason)).toEqual(['close', 'interval', 'open', 'create']);
    expect(revisions[0]!.wordCount).toBe(4);
    expect(revisions[2]!.wordCount).toBe(1);
  });

  it('keeps an interval revision of a new document once it has been edited for a while', () => {
    const a = service.create({});
    clock += REVISION_INTERVAL_MS + 1;
    service.save(a.id, doc('五分钟后'));
    expect(service.listRevisions(a.id).map((r) => r.reason)).toEqual(['interval', 'create']);
  });
});

describe('DocumentService on a read-only user.db (a folder the app may not write)', () => {
  it('opens and closes documents without writing, and a save is refused as data_read_only, not an internal error', async () => {
    const { default: Sqlite } = await import('better-sqlite3');
    const { toErrorPayload } = await import('../../../shared/api/ApiError');
    const created = service.create({ title: '只读', content: doc('原来的话') });
    db.close();
    // What openUserDb hands the services when the folder or file cannot be written.
    db = new Sqlite(path.join(dir, 'user.db'), { readonly: true, fileMustExist: true });
    service = new DocumentService(db, { now: () => new Date(clock) });
    expect(service.open(created.id).content).toEqual(doc('原来的话'));
    expect(() => service.close(created.id)).not.toThrow();
    let refusal: unknown;
    try {
      service.save(created.id, doc('新的话'), created.version);
    } catch (err) {
      refusal = err;
    }
    expect(toErrorPayload(refusal)).toEqual({ code: 'data_read_only', detail: 'SQLITE_READONLY' });
  });
});
