import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseQuery } from '../../../../shared/query/parseQuery';
import { foldForIndex } from '../../../../shared/text/foldForIndex';
import { buildLibrary } from '../../buildLibrary';
import { gramTokens } from '../gramTokens';
import { searchFulltext } from '../searchFulltext';

const corpus = path.resolve(__dirname, '..', '..', '..', '..', '..', 'resources', 'corpus');
let dir: string;
let db: Database.Database;
let passages: Array<{ rowid: number; id: string; text: string; themes: string; kind: string }>;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-fts-'));
  await buildLibrary(corpus, path.join(dir, 'library.db'));
  db = new Database(path.join(dir, 'library.db'), { readonly: true });
  passages = db.prepare('SELECT rowid, id, text, themes, kind FROM passages').all() as typeof passages;
});
afterAll(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const find = (q: string, limit = 1000) => searchFulltext(db, parseQuery(q), {}, limit, 0);

describe('full-text search over the seed library', () => {
  it('finds the passage of every random substring of 1 to 12 characters (100% recall)', () => {
    let seed = 42;
    const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    let checked = 0;
    for (let k = 0; k < 600; k++) {
      const p = passages[Math.floor(rand() * passages.length)]!;
      const len = 1 + Math.floor(rand() * 12);
      const start = Math.floor(rand() * Math.max(1, p.text.length - len));
      const needle = p.text.slice(start, start + len);
      if (!needle.trim() || /\s/.test(needle) || needle.startsWith('-') || /^["“「『]/.test(needle)) continue;
      const result = find(needle, 100000);
      expect(result.hits.map((h) => h.rowid), `${needle}`).toContain(p.rowid);
      checked++;
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('returns only passages that really contain every word (no false positives)', () => {
    for (const q of ['千万工程', '人居环境 农民', '一是', '，', 'APP']) {
      const parsed = parseQuery(q);
      const result = find(q);
      const byRowid = new Map(passages.map((p) => [p.rowid, p]));
      expect(result.total).toBe(passages.filter((p) => parsed.include.every((t) => foldForIndex(p.text).includes(t))).length);
      for (const h of result.hits) expect(parsed.include.every((t) => foldForIndex(byRowid.get(h.rowid)!.text).includes(t))).toBe(true);
    }
  });

  it('counts long strings exactly when they are found from their rarest bigrams', () => {
    let seed = 9;
    const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    for (let k = 0; k < 80; k++) {
      const p = passages[Math.floor(rand() * passages.length)]!;
      const len = 5 + Math.floor(rand() * 8);
      const start = Math.floor(rand() * Math.max(1, p.text.length - len));
      const needle = p.text.slice(start, start + len);
      if (needle.length < 5 || /\s/.test(needle) || /^[-"“「『]/.test(needle)) continue;
      const folded = foldForIndex(needle);
      expect(find(needle).total, needle).toBe(passages.filter((x) => foldForIndex(x.text).includes(folded)).length);
    }
  });

  it('understands exclusions, phrases, width, case and traditional characters', () => {
    const all = find('千万工程').total;
    const without = find('千万工程 -海淀').total;
    expect(without).toBeLessThan(all);
    expect(without).toBe(passages.filter((p) => p.text.includes('千万工程') && !p.text.includes('海淀')).length);
    expect(find('千萬工程').total).toBe(all);
    expect(find('ａｐｐ').total).toBe(find('APP').total);
    expect(find('"平安通”APP').total).toBe(0);
    expect(find('“平安通”APP').total).toBeGreaterThan(0);
  });

  it('ranks a passage dense with the words above one that mentions them once', () => {
    const result = find('数字乡村', 5);
    const top = passages.find((p) => p.rowid === result.hits[0]!.rowid)!;
    const count = (t: string) => t.split('数字乡村').length - 1;
    const median = passages.filter((p) => p.text.includes('数字乡村')).map((p) => count(p.text) / p.text.length).sort((a, b) => a - b);
    expect(count(top.text) / top.text.length).toBeGreaterThanOrEqual(median[Math.floor(median.length / 2)]!);
  });

  it('filters by theme and kind', () => {
    const themed = searchFulltext(db, parseQuery('乡村'), { themes: ['人居环境'] }, 1000, 0);
    expect(themed.total).toBeGreaterThan(0);
    for (const h of themed.hits) expect(JSON.parse(passages.find((p) => p.rowid === h.rowid)!.themes)).toContain('人居环境');
    const kinds = searchFulltext(db, parseQuery('乡村'), { kinds: ['做法'] }, 1000, 0);
    for (const h of kinds.hits) expect(passages.find((p) => p.rowid === h.rowid)!.kind).toBe('做法');
  });

  it('never joins bigrams across whitespace', () => {
    expect(gramTokens('ab bc').bi.split(' ')).toEqual(['x6162', 'z', 'x6263']);
  });
});

describe('very common strings', () => {
  it('pages through more matches than are ranked without losing or repeating any', async () => {
    const { writeLibraryDb } = await import('../../writeLibraryDb');
    const { RANK_WINDOW } = await import('../searchFulltext');
    const file = path.join(dir, 'many.db');
    const n = RANK_WINDOW + 150;
    writeLibraryDb(
      {
        sources: [{ id: 's1', fileName: 'x.txt', rawText: '', title: 't', site: null, date: null, url: null, docNumber: null, pages: null, author: null }],
        works: [{ id: 'w1', sourceId: 's1', ord: 0, title: 't' }],
        passages: Array.from({ length: n }, (_, i) => ({
          id: `p${i}`,
          text: `第${i}段：建设和美乡村${i % 7 === 0 ? '，乡村振兴' : ''}。`,
          heading: null,
          kind: '论述' as const,
          themes: [],
          rules: [],
          incomplete: false,
          occurrences: [{ sourceId: 's1', workId: 'w1', ord: i, start: 0, end: 0 }],
        })),
        report: [],
      },
      file,
    );
    const many = new Database(file, { readonly: true });
    const seen = new Set<number>();
    let total = 0;
    for (let offset = 0; offset < n + 100; offset += 500) {
      const page = searchFulltext(many, parseQuery('乡村'), {}, 500, offset);
      total = page.total;
      for (const h of page.hits) {
        expect(seen.has(h.rowid)).toBe(false);
        seen.add(h.rowid);
      }
    }
    expect(total).toBe(n);
    expect(seen.size).toBe(n);
    // Within the ranked window, passages with the word twice come first.
    const first = searchFulltext(many, parseQuery('乡村'), {}, 10, 0).hits.map((h) => h.rowid);
    for (const rowid of first) expect((rowid - 1) % 7).toBe(0);
    many.close();
  });
});
