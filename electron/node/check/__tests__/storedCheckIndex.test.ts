import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeSyntheticLibrary } from '../../../../scripts/bench/writeSyntheticLibrary';
import { MIN_RUN_DEFAULT } from '../../../shared/check/checkParams';
import { createApi } from '../../api/createApi';
import { createServices } from '../../api/createServices';
import { buildSearchIndex } from '../../library/search/buildSearchIndex';
import { openSmallLibrary } from '../../library/__tests__/smallLibrary';
import * as building from '../buildStoreCheckIndex';
import { CHECK_CORPUS_CHUNK_BYTES, checkIndexSignature } from '../checkIndexFormat';
import { loadCheckIndex } from '../loadCheckIndex';
import { writeCheckIndex } from '../writeCheckIndex';

// A spy that calls through (not a mock): it tells whether a check built an index or read the stored one.
vi.mock('../buildStoreCheckIndex', async (importOriginal) => {
  const real = await importOriginal<typeof building>();
  return { ...real, buildStoreCheckIndex: vi.fn(real.buildStoreCheckIndex) };
});
const built = vi.mocked(building.buildStoreCheckIndex);

const root = path.resolve(__dirname, '..', '..', '..', '..');
let tmp: string;

beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-stored-check-'));
  built.mockClear();
});
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A library as the build writes it: passages, then the search index, then the stored check index. */
function library(passages: number, store = true): string {
  const file = path.join(tmp, 'library.db');
  writeSyntheticLibrary(root, file, passages);
  const db = new Database(file);
  buildSearchIndex(db);
  if (store) writeCheckIndex(db);
  db.close();
  return file;
}

function passageText(file: string, rowid: number): string {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT text FROM passages WHERE rowid = ?').pluck().get(rowid) as string;
  } finally {
    db.close();
  }
}

describe('the check index stored with the library', () => {
  it('reads back exactly as it was built', async () => {
    const file = library(1500);
    const db = new Database(file, { readonly: true });
    try {
      const stored = await loadCheckIndex(db, MIN_RUN_DEFAULT, checkIndexSignature(db));
      const fresh = building.buildStoreCheckIndexNow(db, MIN_RUN_DEFAULT);
      expect(stored).not.toBeNull();
      expect(stored!.ids).toEqual(fresh.ids);
      expect(stored!.works).toEqual(fresh.works);
      expect(stored!.corpus).toEqual(fresh.corpus);
      expect(stored!.starts).toEqual(fresh.starts);
      expect(stored!.postings).toEqual(fresh.postings);
      expect(stored!.table).toEqual(fresh.table);
      expect(stored!.cappedHashes).toBe(fresh.cappedHashes);
      // Another threshold is not what was stored.
      expect(await loadCheckIndex(db, 10, checkIndexSignature(db))).toBeNull();
    } finally {
      db.close();
    }
  });

  it('reads the passages\' text on demand: only the chunks a check reaches, the same text as built', async () => {
    const file = library(3000);
    const db = new Database(file, { readonly: true });
    try {
      const lazy = (await loadCheckIndex(db, MIN_RUN_DEFAULT, checkIndexSignature(db), undefined, { corpusOnDemand: true }))!;
      const fresh = building.buildStoreCheckIndexNow(db, MIN_RUN_DEFAULT);
      expect(lazy.corpus.length).toBe(fresh.corpus.length);
      // Nothing of the text read yet; the fingerprint table whole.
      expect(lazy.corpus.some((c) => c !== 0)).toBe(false);
      expect(lazy.table).toEqual(fresh.table);
      const p = 1234;
      const [start, end] = [lazy.starts[p]!, lazy.starts[p + 1]!];
      lazy.ensureText(start, end);
      expect(lazy.corpus.subarray(start, end)).toEqual(fresh.corpus.subarray(start, end));
      // A chunk far from it is still unread (64 KB chunks; this library's text is several of them).
      expect(lazy.corpus.length * 2).toBeGreaterThan(4 * CHECK_CORPUS_CHUNK_BYTES);
      const far = start * 2 > lazy.corpus.length ? 0 : lazy.corpus.length - 1;
      expect(lazy.corpus[far]).toBe(0);
      lazy.ensureText(0, lazy.corpus.length);
      expect(lazy.corpus).toEqual(fresh.corpus);
    } finally {
      db.close();
    }
  });

  it('is what the first check after a start uses: nothing is built, and the result is the same as with a built index', async () => {
    const file = library(3000);
    const text = passageText(file, 77) + passageText(file, 1234);
    const stored = createServices({ dataDir: path.join(tmp, 'a'), libraryFile: file });
    const first = await createApi(stored, 'browser').runCheck({ text });
    stored.close();
    expect(built).not.toHaveBeenCalled();
    expect(first.totalRatio).toBe(1);

    // The same library without a stored index (as built before): the first check builds one.
    const db = new Database(file);
    db.prepare('DELETE FROM check_index').run();
    db.close();
    const rebuilt = createServices({ dataDir: path.join(tmp, 'b'), libraryFile: file });
    const second = await createApi(rebuilt, 'browser').runCheck({ text });
    rebuilt.close();
    expect(built).toHaveBeenCalledTimes(1);
    expect({ ...second, ms: 0 }).toEqual({ ...first, ms: 0 });
  });

  it('is not used once the passages changed (a new search index build), nor for another threshold', async () => {
    const file = library(1500);
    const db = new Database(file);
    buildSearchIndex(db);
    db.close();
    const services = createServices({ dataDir: path.join(tmp, 'a'), libraryFile: file });
    const api = createApi(services, 'browser');
    const text = passageText(file, 5);
    expect((await api.runCheck({ text })).totalRatio).toBe(1);
    expect(built).toHaveBeenCalledTimes(1);
    await api.runCheck({ text, minRun: 10 });
    expect(built).toHaveBeenCalledTimes(2);
    services.close();
  });
});

describe('the check index of the own sources', () => {
  it('is stored in user.db when they change, and the next start reads it', async () => {
    const small = await openSmallLibrary('002_3afa3ac3d429ce14.txt', 'qw-own-check-');
    try {
      const api = createApi(small.services, 'browser');
      const corpus = path.join(root, 'resources', 'corpus', '003_1f8ea138d11b37c6.txt');
      let job = await api.previewImport({ files: [{ name: '学员心得.txt', dataBase64: fs.readFileSync(corpus).toString('base64') }] });
      for (let i = 0; i < 200 && job.state === 'running'; i++) {
        await new Promise((r) => setTimeout(r, 20));
        job = await api.getImportJob({ jobId: job.id });
      }
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const userDb = small.services.userDb;
      const stored = () => userDb.prepare("SELECT count(*) FROM check_index WHERE part = 'meta'").pluck().get();
      try {
        await api.commitImport({ jobId: job.id, sources: [{ index: 0, title: '培训班学员心得', site: null, date: null, url: null }] });
        expect(stored()).toBe(0);
        // A moment after the change, in the background: built and stored.
        await vi.advanceTimersByTimeAsync(2500);
      } finally {
        vi.useRealTimers();
      }
      for (let i = 0; i < 250 && stored() === 0; i++) await new Promise((r) => setTimeout(r, 20));
      expect(stored()).toBe(1);
      expect(built).toHaveBeenCalledTimes(1);
      const own = userDb.prepare('SELECT text FROM passages LIMIT 1').pluck().get() as string;

      // The next start (a second host on the same data folder): the first check builds nothing, the
      // shipped library's index is stored with it and the own sources' in user.db.
      const next = createServices({ dataDir: small.services.dataDir, libraryFile: path.join(small.dir, 'library.db') });
      try {
        const result = await createApi(next, 'browser').runCheck({ text: own });
        expect(result.totalRatio).toBe(1);
        expect(built).toHaveBeenCalledTimes(1);
      } finally {
        next.close();
      }
    } finally {
      small.close();
    }
  });
});
