import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportJob } from '../../../shared/api/apiTypes';
import { createApi } from '../../api/createApi';
import { createServices, type Services } from '../../api/createServices';
import { migrate } from '../../db/migrate';
import { userMigrations } from '../../db/userMigrations';
import { buildLibrary } from '../buildLibrary';
import { LIBRARY_SCHEMA_VERSION } from '../librarySchema';

const fixtures = path.resolve(__dirname, '..', 'pipeline', '__tests__', 'fixtures');
let dir: string;
let services: Services;

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-flags-'));
  // The shipped library here is the spam mirror alone: its masked-name passages are flagged in library.db.
  const shipped = path.join(dir, 'shipped');
  fs.mkdirSync(shipped);
  fs.copyFileSync(path.join(fixtures, 'spam-mirror.html'), path.join(shipped, 'spam-mirror.html'));
  await buildLibrary(shipped, path.join(dir, 'library.db'));
  services = createServices({ dataDir: path.join(dir, 'data'), libraryFile: path.join(dir, 'library.db') });
});
afterEach(() => {
  services.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const file = (name: string) => ({ name, dataBase64: fs.readFileSync(path.join(fixtures, name)).toString('base64') });

async function imported(api: ReturnType<typeof createApi>, names: string[]): Promise<ImportJob> {
  let job = await api.previewImport({ files: names.map(file) });
  for (let i = 0; i < 300 && job.state === 'running'; i++) {
    await new Promise((r) => setTimeout(r, 20));
    job = await api.getImportJob({ jobId: job.id });
  }
  expect(job.state).toBe('ready');
  await api.commitImport({ jobId: job.id, sources: (job.previews ?? []).map((p) => ({ index: p.index, title: p.title, site: p.site, date: p.date, url: p.url })) });
  return job;
}

describe('passage flags', () => {
  it('are written to library.db (schema 6) and returned by search, the source viewer and the passage context', async () => {
    const db = new Database(path.join(dir, 'library.db'), { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(LIBRARY_SCHEMA_VERSION);
    const rows = db.prepare("SELECT text, flags FROM passages WHERE flags <> '[]'").all() as Array<{ text: string; flags: string }>;
    db.close();
    expect(rows.map((r) => JSON.parse(r.flags) as string[])).toEqual([['masked-name'], ['masked-name'], ['masked-name']]);

    const api = createApi(services, 'browser');
    const hit = (await api.searchLibrary({ query: '总书记在浙江工作期间' })).results[0]!;
    expect(hit.text).toContain('***总书记');
    expect(hit.flags).toEqual(['masked-name']);
    expect((await api.getPassageContext({ id: hit.id })).passage.flags).toEqual(['masked-name']);
    const source = await api.getSource({ id: (await api.listSources({}))[0]!.id });
    const passages = source.workList.flatMap((w) => w.passages);
    expect(passages.filter((p) => p.flags.length > 0)).toHaveLength(3);
    expect(passages.find((p) => p.text.startsWith('要坚持久久为功'))?.flags).toEqual([]);
  });

  it('are saved with own passages in user.db, and shown in the import preview', async () => {
    const api = createApi(services, 'browser');
    const job = await imported(api, ['mojibake-paste.txt']);
    expect(job.previews![0]!.samplePassages.filter((p) => p.flags.includes('mojibake-removed'))).toHaveLength(3);
    const hit = (await api.searchLibrary({ query: '积分制', own: true })).results[0]!;
    expect(hit).toMatchObject({ own: true, flags: ['mojibake-removed'] });
    const stored = services.userDb.prepare("SELECT count(*) AS n FROM passages WHERE flags = '[\"mojibake-removed\"]'").get() as { n: number };
    expect(stored.n).toBe(3);
  });

  it('a reposted essay imported from two saved pages is stored once and credits both', async () => {
    const api = createApi(services, 'browser');
    await imported(api, ['repost-site-a.html', 'repost-site-b.html']);
    const hit = (await api.searchLibrary({ query: '坚持规划先行的科学方法', own: true })).results;
    expect(hit).toHaveLength(1);
    expect(hit[0]!.sources.map((s) => s.site).sort()).toEqual(['乡村振兴网', '某某县人民政府']);
  });
});

describe('the user.db migration that adds passages.flags', () => {
  it('adds the column to a database of the version before it, the passages already there flagged with nothing', () => {
    const flags = userMigrations.find((m) => /ADD COLUMN flags/.test(m.sql))!;
    const db = new Database(':memory:');
    migrate(db, userMigrations.filter((m) => m.version < flags.version));
    db.prepare("INSERT INTO sources (id, file_name, title, raw_text, imported_at) VALUES ('us', 'a.txt', 'a', 'x', '2024-01-01')").run();
    db.prepare("INSERT INTO works (id, source_id, ord, title) VALUES ('uw', 'us', 0, 'a')").run();
    db.prepare("INSERT INTO passages (id, text, folded, heading, kind, themes, rules, incomplete, work_id) VALUES ('p1', '旧段落', '旧段落', NULL, '论述', '[]', '[]', 0, 'uw')").run();
    migrate(db, userMigrations);
    expect(db.prepare('SELECT flags FROM passages').get()).toEqual({ flags: '[]' });
    db.close();
  });

  it('has a number of its own: the migrations are numbered 1, 2, 3, … once each', () => {
    expect(userMigrations.map((m) => m.version)).toEqual(userMigrations.map((_, i) => i + 1));
  });
});
