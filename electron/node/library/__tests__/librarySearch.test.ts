import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../db/migrate';
import { openUserDb } from '../../db/openUserDb';
import { userMigrations } from '../../db/userMigrations';
import { LibraryService } from '../LibraryService';
import { OwnSourcesService } from '../OwnSourcesService';
import type { CorpusBuild } from '../pipeline/corpusTypes';
import { writeLibraryDb } from '../writeLibraryDb';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-libsearch-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function corpus(prefix: string, texts: Array<{ text: string; heading?: string; themes?: string[]; kind?: string }>): CorpusBuild {
  return {
    sources: [{ id: `${prefix}s`, fileName: `${prefix}.txt`, rawText: texts.map((t) => t.text).join('\n'), title: `${prefix}来源`, site: null, date: null, url: null, docNumber: null, pages: null, author: null }],
    works: [{ id: `${prefix}w`, sourceId: `${prefix}s`, ord: 0, title: `${prefix}篇目` }],
    passages: texts.map((t, i) => ({
      id: `${prefix}p${i}`,
      text: t.text,
      heading: t.heading ?? null,
      kind: (t.kind ?? '论述') as CorpusBuild['passages'][number]['kind'],
      themes: t.themes ?? [],
      rules: [],
      incomplete: false,
      flags: [],
      occurrences: [{ sourceId: `${prefix}s`, workId: `${prefix}w`, ord: i, start: 0, end: t.text.length }],
    })),
    report: [],
  };
}

const shipped = corpus('a', [
  { text: '浙江“千万工程”久久为功，建设美丽乡村。', themes: ['人居环境'] },
  { text: '千万工程带动乡村产业发展，农民收入持续增长，乡村面貌焕然一新。', heading: '产业振兴', themes: ['产业发展'], kind: '做法' },
  { text: '坚持以人民为中心的发展思想。', themes: ['以人民为中心'] },
]);

describe('LibraryService search over the shipped and own libraries', () => {
  it('ranks shipped and own passages together, with exact totals, pages and highlights', () => {
    const file = path.join(dir, 'library.db');
    writeLibraryDb(shipped, file);
    const userDb = openUserDb(path.join(dir, 'user.db'));
    const lib = new LibraryService(file, userDb);
    const own = new OwnSourcesService(userDb, (ids) => lib.shippedIds(ids));
    expect(lib.search({ query: '乡村' }).total).toBe(2);

    // A new import is found by the next search: the own index is rebuilt and noticed.
    own.commit(corpus('b', [{ text: '我们镇学习千万工程经验，整治乡村人居环境。', themes: ['人居环境'] }]), []);
    const r = lib.search({ query: '乡村' });
    expect(r.total).toBe(3);
    expect(r.results.map((h) => h.own).sort()).toEqual([false, false, true]);
    const mine = r.results.find((h) => h.own)!;
    expect(mine.highlights.map(([s, e]) => mine.text.slice(s, e))).toEqual(['乡村']);

    // Pages of the merged ranking do not overlap and cover everything.
    const pages = [0, 1, 2].flatMap((offset) => lib.search({ query: '乡村', limit: 1, offset }).results.map((h) => h.id));
    expect(new Set(pages).size).toBe(3);
    expect(lib.search({ query: '乡村', own: true }).results.map((h) => h.id)).toEqual([mine.id]);

    // A corrected own passage is searched by its new text.
    own.updatePassage(mine.id, '我们镇整治人居环境，改善村容村貌。');
    expect(lib.search({ query: '乡村' }).total).toBe(2);
    expect(lib.search({ query: '村容村貌' }).results.map((h) => h.id)).toEqual([mine.id]);
    lib.close();
    userDb.close();
  });

  it('scores shipped and own passages on the same statistics: the merged order is that of one library holding both', () => {
    // 桂花 is in 9 of the 10 shipped passages and 1 of the 10 own ones; every passage is 10 units long.
    const units = ['一', '二', '三', '四', '五', '六', '七', '八', '九'];
    const mine = corpus('o', [{ text: '桂花开满了整个村庄。' }, ...units.map((u) => ({ text: `荷花开在第${u}个村子。` }))]);
    const theirs = corpus('s', [{ text: '桂花桂花开满了村庄。' }, ...units.slice(0, 8).map((u) => ({ text: `桂花开在第${u}个村子。` })), { text: '荷花开在第十个村子。' }]);
    const file = path.join(dir, 'library.db');
    writeLibraryDb(theirs, file);
    const userDb = openUserDb(path.join(dir, 'user.db'));
    const lib = new LibraryService(file, userDb);
    new OwnSourcesService(userDb, (ids) => lib.shippedIds(ids)).commit(mine, []);
    const both = path.join(dir, 'both.db');
    writeLibraryDb({ sources: [...theirs.sources, ...mine.sources], works: [...theirs.works, ...mine.works], passages: [...theirs.passages, ...mine.passages], report: [] }, both);
    const one = new LibraryService(both, openUserDb(':memory:'));
    for (const query of ['桂花', '桂花 村', '桂花开']) {
      const merged = lib.search({ query, limit: 20 }).results.map((h) => h.text);
      // Scored with its own statistics the own passage (桂花 rare there) would outrank the shipped one
      // that says 桂花 twice (桂花 common there): raw BM25 scores of two indexes are not comparable.
      expect(merged[0]).toBe('桂花桂花开满了村庄。');
      expect(merged).toEqual(one.search({ query, limit: 20 }).results.map((h) => h.text));
    }
    one.close();
    lib.close();
    userDb.close();
  });

  it('filters by theme, kind, source and favourite ids, and browses a filter without words', () => {
    const file = path.join(dir, 'library.db');
    writeLibraryDb(shipped, file);
    const lib = new LibraryService(file, openUserDb(':memory:'));
    expect(lib.search({ query: '', themes: ['人居环境'] }).results.map((h) => h.id)).toEqual(['ap0']);
    expect(lib.search({ query: '千万', kinds: ['做法'] }).results.map((h) => h.id)).toEqual(['ap1']);
    expect(lib.search({ query: '发展', sourceIds: ['as'] }).total).toBe(2);
    expect(lib.search({ query: '发展', ids: ['ap2'] }).results.map((h) => h.id)).toEqual(['ap2']);
    expect(lib.search({ query: '千万 -产业' }).results.map((h) => h.id)).toEqual(['ap0']);
    const facets = lib.facets(['人居环境', '生态文明']);
    expect(facets.themes).toEqual(expect.arrayContaining([{ name: '人居环境', count: 1 }, { name: '生态文明', count: 0 }, { name: '产业发展', count: 1 }]));
    expect(facets.kinds).toEqual([{ name: '论述', count: 2 }, { name: '做法', count: 1 }]);
    lib.close();
  });

  it('ranks a match in the heading, and a short passage dense with the word, above a passing mention', () => {
    const file = path.join(dir, 'library.db');
    const filler = '我们要认真学习，深刻领会，结合实际抓好落实，推动各项工作取得新成效。'.repeat(4);
    writeLibraryDb(
      corpus('r', [
        { text: `${filler}产业兴旺。` },
        { text: '发展乡村产业，产业兴旺是重点。' },
        { text: `${filler}产业兴旺。`, heading: '以产业兴旺带动乡村振兴' },
      ]),
      file,
    );
    const lib = new LibraryService(file, openUserDb(':memory:'));
    const ids = lib.search({ query: '产业兴旺' }).results.map((h) => h.id);
    expect(ids).toHaveLength(3);
    expect(ids[2]).toBe('rp0');
    lib.close();
  });

  it('says a library built before the search index must be rebuilt', () => {
    const file = path.join(dir, 'library.db');
    writeLibraryDb(shipped, file);
    const db = new Database(file);
    db.pragma('user_version = 4');
    db.close();
    expect(() => new LibraryService(file, openUserDb(':memory:')).search({ query: '千万' })).toThrow(expect.objectContaining({ code: 'library_outdated' }));
  });

  it('moves a user.db from the FTS5 index to posting lists, keeping own passages searchable', () => {
    const file = path.join(dir, 'user.db');
    const old = new Database(file);
    migrate(old, userMigrations.filter((m) => m.version <= 7));
    old.prepare("INSERT INTO sources (id, file_name, title, raw_text, imported_at) VALUES ('us', 'x.txt', '旧来源', '', '2026-01-01')").run();
    old.prepare("INSERT INTO works (id, source_id, ord, title) VALUES ('uw', 'us', 0, '旧篇目')").run();
    old.prepare("INSERT INTO passages (id, text, folded, heading, kind, themes, rules, incomplete, work_id) VALUES ('up', '旧版本导入的千万工程素材。', '', NULL, '论述', '[]', '[]', 0, 'uw')").run();
    old.prepare("INSERT INTO occurrences (passage_id, source_id, work_id, ord, start, end) VALUES ('up', 'us', 'uw', 0, 0, 12)").run();
    old.close();
    const userDb = openUserDb(file);
    const tables = (userDb.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]).filter((n) => n.startsWith('passage_') || n.startsWith('search_'));
    expect(tables).not.toContain('passage_fulltext');
    expect(tables).toContain('search_bigrams');
    const lib = new LibraryService(path.join(dir, 'no-library.db'), userDb);
    expect(lib.search({ query: '旧版本' }).results.map((h) => h.id)).toEqual(['up']);
    userDb.close();
  });
});
