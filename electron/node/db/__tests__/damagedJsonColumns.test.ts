import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { toErrorPayload } from '../../../shared/api/ApiError';
import { createServices, type Services } from '../../api/createServices';
import { buildLibrary } from '../../library/buildLibrary';
import { parseJsonColumn } from '../parseJsonColumn';

const corpus = path.resolve(__dirname, '..', '..', '..', '..', 'resources', 'corpus');
let dir = '';
let services: Services | null = null;
afterEach(() => {
  services?.close();
  services = null;
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  dir = '';
});

/** The payload the failure crosses the boundary as (what every transport sends). */
function failure(run: () => unknown): unknown {
  try {
    run();
  } catch (err) {
    return toErrorPayload(err);
  }
  return 'no error';
}

describe('a damaged JSON column', () => {
  it('is data_damaged naming the column, whether it is not JSON or not of the stored shape', () => {
    const themes = z.array(z.string());
    expect(parseJsonColumn(themes, '["美丽乡村"]', 'passages.themes p1')).toEqual(['美丽乡村']);
    expect(failure(() => parseJsonColumn(themes, '["美丽乡', 'passages.themes p1'))).toEqual({ code: 'data_damaged', detail: 'passages.themes p1: not JSON' });
    expect(failure(() => parseJsonColumn(themes, '{"a":1}', 'passages.themes p1'))).toMatchObject({ code: 'data_damaged', detail: expect.stringContaining('passages.themes p1') });
  });

  it('in a real user.db: a document whose options or content were damaged opens as data_damaged, not an internal error', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-damaged-'));
    services = createServices({ dataDir: path.join(dir, 'data'), libraryFile: path.join(dir, 'none.db') });
    const a = services.documents.create({ title: '甲' });
    const b = services.documents.create({ title: '乙' });
    const raw = new Database(path.join(dir, 'data', 'user.db'));
    raw.prepare('UPDATE documents SET options = ? WHERE id = ?').run('{"notes": "circled", ', a.id);
    raw.prepare('UPDATE documents SET options = ? WHERE id = ?').run('{"references": "yes"}', b.id);
    raw.close();
    expect(failure(() => services!.documents.get(a.id))).toEqual({ code: 'data_damaged', detail: `documents.options ${a.id}: not JSON` });
    expect(failure(() => services!.documents.get(b.id))).toMatchObject({ code: 'data_damaged', detail: expect.stringContaining(`documents.options ${b.id}: references`) });
    const c = services.documents.create({ title: '丙' });
    const again = new Database(path.join(dir, 'data', 'user.db'));
    again.prepare('UPDATE documents SET content = ? WHERE id = ?').run('{"type":"doc","content":[', c.id);
    again.close();
    expect(failure(() => services!.documents.get(c.id))).toEqual({ code: 'data_damaged', detail: `documents.content ${c.id}: not JSON` });
    // The other documents are unaffected.
    expect(services.documents.list().map((d) => d.title).sort()).toEqual(['丙', '乙', '甲']);
  });

  it('in a real library.db: a passage whose themes were damaged is data_damaged when a search shows it', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-damaged-'));
    const shipped = path.join(dir, 'shipped');
    fs.mkdirSync(shipped);
    fs.copyFileSync(path.join(corpus, '002_3afa3ac3d429ce14.txt'), path.join(shipped, 'seed.txt'));
    const libraryFile = path.join(dir, 'library.db');
    await buildLibrary(shipped, libraryFile);
    const raw = new Database(libraryFile);
    const { id, text } = raw.prepare<[], { id: string; text: string }>("SELECT id, text FROM passages WHERE text LIKE '%千万工程%' ORDER BY rowid LIMIT 1").get()!;
    raw.prepare('UPDATE passages SET themes = ? WHERE id = ?').run('["乡村振兴"', id);
    raw.close();
    services = createServices({ dataDir: path.join(dir, 'data'), libraryFile });
    const library = services.library;
    expect(failure(() => library.search({ query: text.slice(0, 12) }))).toEqual({ code: 'data_damaged', detail: `passages.themes ${id}: not JSON` });
  });
});
