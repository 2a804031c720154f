import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openUserDb } from '../../db/openUserDb';
import { LibraryService } from '../LibraryService';
import { LIBRARY_SCHEMA_VERSION } from '../librarySchema';
import type { CorpusBuild } from '../pipeline/corpusTypes';
import { writeLibraryDb } from '../writeLibraryDb';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-lib-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const raw = '“千万工程”造福万千农民群众。\n开发“平安通”ＡＰＰ客户端，凝聚基层治理合力。';
const build: CorpusBuild = {
  sources: [
    { id: 's1', fileName: 'a.txt', rawText: raw, title: '感悟', site: '优知文库', date: '2023-12-06', url: null, docNumber: '565344', pages: 6, author: null },
    { id: 's2', fileName: 'b.txt', rawText: raw, title: '感悟副本', site: null, date: null, url: null, docNumber: null, pages: null, author: null },
  ],
  works: [
    { id: 'w1', sourceId: 's1', ord: 0, title: '学习浙江“千万工程”经验感悟1' },
    { id: 'w2', sourceId: 's2', ord: 0, title: '学习浙江“千万工程”经验感悟1' },
  ],
  passages: [
    {
      id: 'p1',
      text: '“千万工程”造福万千农民群众。',
      heading: null,
      kind: '论述',
      themes: ['共同富裕'],
      rules: [],
      incomplete: false,
      flags: [],
      occurrences: [
        { sourceId: 's1', workId: 'w1', ord: 0, start: 0, end: 15 },
        { sourceId: 's2', workId: 'w2', ord: 0, start: 0, end: 15 },
      ],
    },
    {
      id: 'p2',
      text: '开发“平安通”ＡＰＰ客户端，凝聚基层治理合力。',
      heading: '一是注重科学规划',
      kind: '做法',
      themes: ['数字乡村', '基层治理'],
      rules: [],
      incomplete: false,
      flags: [],
      occurrences: [{ sourceId: 's1', workId: 'w1', ord: 1, start: 16, end: 39 }],
    },
  ],
  report: [],
};

describe('LibraryService', () => {
  it('finds passages by folded substring, all terms required, with highlights and every source', () => {
    const file = path.join(dir, 'library.db');
    writeLibraryDb(build, file);
    const lib = new LibraryService(file, openUserDb(':memory:'));
    const r = lib.search({ query: '千万工程' });
    expect(r.total).toBe(1);
    expect(r.results[0]!.id).toBe('p1');
    expect(r.results[0]!.highlights).toEqual([[1, 5]]);
    expect(r.results[0]!.sources.map((s) => s.id)).toEqual(['s1', 's2']);
    expect(lib.search({ query: 'app' }).results[0]!.id).toBe('p2');
    expect(lib.search({ query: 'APP 治理' }).total).toBe(1);
    expect(lib.search({ query: 'APP 农民' }).total).toBe(0);
    expect(lib.search({ query: '   ' }).total).toBe(0);
    expect(lib.count()).toBe(2);
    lib.close();
  });

  it('returns passages by id in the order asked, skipping unknown ids', () => {
    const file = path.join(dir, 'library.db');
    writeLibraryDb(build, file);
    const lib = new LibraryService(file, openUserDb(':memory:'));
    const got = lib.getPassages(['p2', 'nope', 'p1']);
    expect(got.map((p) => p.id)).toEqual(['p2', 'p1']);
    expect(got[0]!.heading).toBe('一是注重科学规划');
    expect(got[1]!.sources[0]).toEqual({ id: 's1', title: '感悟', site: '优知文库', date: '2023-12-06', url: null });
    lib.close();
  });

  it('says the library is missing, and refuses one built by a newer version', () => {
    expect(() => new LibraryService(path.join(dir, 'none.db'), openUserDb(':memory:')).search({ query: '千万' })).toThrow(expect.objectContaining({ code: 'library_missing' }));
    expect(new LibraryService(path.join(dir, 'none.db'), openUserDb(':memory:')).count()).toBe(0);
    const file = path.join(dir, 'library.db');
    writeLibraryDb(build, file);
    const db = new Database(file);
    db.pragma(`user_version = ${LIBRARY_SCHEMA_VERSION + 1}`);
    db.close();
    expect(() => new LibraryService(file, openUserDb(':memory:')).search({ query: '千万' })).toThrow(expect.objectContaining({ code: 'db_newer_version' }));
  });
});
