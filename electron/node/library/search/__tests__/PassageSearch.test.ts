import { afterEach, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { buildSearchIndex } from '../buildSearchIndex';
import { PassageSearch } from '../PassageSearch';
import { libraryDb, type TestPassage } from './testLibrary';

let db: Database.Database | null = null;
afterEach(() => db?.close());

function open(passages: TestPassage[], kinds: Record<string, string> = {}, topListMinDf?: number): PassageSearch {
  db = libraryDb(passages, kinds);
  buildSearchIndex(db, topListMinDf ? { topListMinDf } : {});
  return new PassageSearch(db);
}

const ids = (r: { hits: Array<{ id: string }> }) => r.hits.map((h) => h.id);

describe('PassageSearch', () => {
  it('finds traditional text from a simplified query and the reverse, with highlights on the original', () => {
    const s = open([
      { id: 'trad', text: '學習浙江「千萬工程」經驗，造福萬千農民。' },
      { id: 'simp', text: '学习浙江“千万工程”经验。' },
      { id: 'other', text: '乡村振兴。' },
    ]);
    for (const q of ['千万工程', '千萬工程']) {
      const r = s.search({ query: q, limit: 10 });
      expect(r.total).toBe(2);
      expect(ids(r).sort()).toEqual(['simp', 'trad']);
    }
    const trad = s.search({ query: '千万工程', limit: 10 }).hits.find((h) => h.id === 'trad')!;
    expect(trad.highlights).toEqual([[5, 9]]);
  });

  it('finds passages holding zero-width characters by their visible words, and a query holding one finds plain text', () => {
    // Scraped pages and Word files carry invisible characters inside words: zero-width space, joiner
    // and non-joiner, word joiner, soft hyphen, a BOM in mid-text, variation selectors, bidi marks.
    const s = open([
      { id: 'zwsp', text: '学习千\u200b万工程经验。' },
      { id: 'shy', text: '推进乡村\u00ad振兴。' },
      { id: 'zwj', text: '实现共同\u200d富\u200c裕。' },
      { id: 'bom', text: '践行\ufeff绿水青山理念。' },
      { id: 'wj', text: '建设美丽\u2060乡村\u200e。' },
      { id: 'plain', text: '千万工程与乡村振兴。' },
    ]);
    expect(ids(s.search({ query: '千万工程' })).sort()).toEqual(['plain', 'zwsp']);
    expect(ids(s.search({ query: '乡村振兴' })).sort()).toEqual(['plain', 'shy']);
    expect(ids(s.search({ query: '共同富裕' }))).toEqual(['zwj']);
    expect(ids(s.search({ query: '绿水' }))).toEqual(['bom']);
    expect(ids(s.search({ query: '"美丽乡村。"' }))).toEqual(['wj']);
    // The highlight spans the visible words and the invisible characters between them, in the original text.
    expect(s.search({ query: '千万工程' }).hits.find((h) => h.id === 'zwsp')!.highlights).toEqual([[2, 7]]);
    expect(s.search({ query: '共同富裕' }).hits[0]!.highlights).toEqual([[2, 8]]);
    // A query that carries one (copied from such a page) finds the plain text too.
    expect(ids(s.search({ query: '千\u200b万工\u00ad程' })).sort()).toEqual(['plain', 'zwsp']);
    expect(ids(s.search({ query: '乡\u200d村' })).sort()).toEqual(['plain', 'shy', 'wj']);
    // Only invisible characters is no query at all.
    expect(s.search({ query: '\u200b\u200d' }).total).toBe(0);
  });

  it('finds full-width and upper-case Latin from any spelling', () => {
    const s = open([
      { id: 'a', text: '开发“平安通”ＡＰＰ客户端。' },
      { id: 'b', text: '用App办事。' },
      { id: 'c', text: '应用程序。' },
    ]);
    expect(ids(s.search({ query: 'app' })).sort()).toEqual(['a', 'b']);
    expect(ids(s.search({ query: 'ＡＰＰ' })).sort()).toEqual(['a', 'b']);
    expect(s.search({ query: 'aPp' }).hits.find((h) => h.id === 'a')!.highlights).toEqual([[7, 10]]);
  });

  it('requires every word, keeps phrases whole and drops excluded words', () => {
    const s = open([
      { id: 'both', text: '美丽乡村建设与共同富裕。' },
      { id: 'one', text: '美丽乡村建设。' },
      { id: 'spaced', text: '美丽 乡村，共同富裕。' },
    ]);
    expect(ids(s.search({ query: '美丽乡村 共同富裕' }))).toEqual(['both']);
    expect(ids(s.search({ query: '"美丽 乡村"' }))).toEqual(['spaced']);
    expect(ids(s.search({ query: '美丽 乡村' })).sort()).toEqual(['both', 'one', 'spaced']);
    expect(ids(s.search({ query: '乡村 -共同' }))).toEqual(['one']);
    expect(ids(s.search({ query: '乡村 -"美丽 乡村"' })).sort()).toEqual(['both', 'one']);
    expect(s.search({ query: '乡村 -乡' }).total).toBe(0);
  });

  it('finds one-character and overlapping strings exactly', () => {
    const s = open([
      { id: 'a', text: '啊啊啊' },
      { id: 'b', text: '啊，啊' },
      { id: 'c', text: '乡村' },
    ]);
    expect(ids(s.search({ query: '啊' })).sort()).toEqual(['a', 'b']);
    expect(ids(s.search({ query: '啊啊' }))).toEqual(['a']);
    expect(ids(s.search({ query: '啊啊啊' }))).toEqual(['a']);
    expect(s.search({ query: '啊啊啊啊' }).total).toBe(0);
    expect(s.search({ query: '啊，啊' }).hits.map((h) => h.highlights)).toEqual([[[0, 3]]]);
    expect(s.search({ query: '不存在' }).total).toBe(0);
  });

  it('ranks a heading match first, then short passages dense with the word; ties in library order', () => {
    const filler = '坚持因地制宜，分类指导，久久为功。'.repeat(6);
    const s = open([
      { id: 'long', text: `${filler}推进人居环境整治。${filler}` },
      { id: 'heading', text: `${filler}推进人居环境整治。${filler}`, heading: '一、人居环境整治' },
      { id: 'dense', text: '人居环境整治，人居环境提升。' },
      { id: 'same1', text: '人居环境。' },
      { id: 'same2', text: '人居环境。' },
    ]);
    const r = s.search({ query: '人居环境' });
    // 'heading' and 'long' have the same text: the heading alone lifts it from last to first.
    expect(ids(r)).toEqual(['heading', 'dense', 'same1', 'same2', 'long']);
    const scores = r.hits.map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(ids(s.search({ query: '人居环境', offset: 2, limit: 2 }))).toEqual(['same1', 'same2']);
  });

  it('breaks ties authoritative first (权威文献, 新闻报道, then 参考范文), in a ranking, a top list and browsing', () => {
    const passages = [
      { id: 'essay', text: '人居环境。', sourceId: 's1' },
      { id: 'news', text: '人居环境。', sourceId: 's2' },
      { id: 'speech', text: '人居环境。', sourceId: 's3' },
      { id: 'essay2', text: '乡村振兴。', sourceId: 's1' },
    ];
    const kinds = { s1: '参考范文', s2: '新闻报道', s3: '权威文献' };
    let s = open(passages, kinds);
    expect(ids(s.search({ query: '人居环境' }))).toEqual(['speech', 'news', 'essay']);
    expect(ids(s.search({ query: '', filter: { sourceIds: ['s1', 's2', 's3'] } }))).toEqual(['speech', 'news', 'essay', 'essay2']);
    expect(ids(s.search({ query: '', filter: { sourceKinds: ['参考范文'] } }))).toEqual(['essay', 'essay2']);
    expect(ids(s.search({ query: '人居', filter: { sourceKinds: ['权威文献', '新闻报道'] } }))).toEqual(['speech', 'news']);
    db!.close();
    // A one- or two-character search is answered from its stored top list: the same order.
    s = open(passages, kinds, 1);
    expect(ids(s.search({ query: '人居' }))).toEqual(['speech', 'news', 'essay']);
    // Without kinds, ties stay in library order.
    db!.close();
    s = open(passages);
    expect(ids(s.search({ query: '人居环境' }))).toEqual(['essay', 'news', 'speech']);
  });

  it('filters by theme, kind, source and passage ids, alone or with words', () => {
    const s = open([
      { id: 'p1', text: '乡村振兴一', themes: ['产业发展'], kind: '做法', sourceId: 's1' },
      { id: 'p2', text: '乡村振兴二', themes: ['人居环境', '产业发展'], kind: '论述', sourceId: 's2' },
      { id: 'p3', text: '共同富裕三', themes: ['人居环境'], kind: '做法', sourceId: 's2' },
    ]);
    expect(ids(s.search({ query: '乡村', filter: { themes: ['人居环境'] } }))).toEqual(['p2']);
    expect(ids(s.search({ query: '', filter: { themes: ['人居环境'] } }))).toEqual(['p2', 'p3']);
    expect(ids(s.search({ query: '', filter: { kinds: ['做法'], sourceIds: ['s2'] } }))).toEqual(['p3']);
    expect(ids(s.search({ query: '', filter: { themes: ['产业发展', '人居环境'], kinds: ['做法'] } }))).toEqual(['p1', 'p3']);
    expect(ids(s.search({ query: '乡村', filter: { ids: ['p1', 'p3', 'nope'] } }))).toEqual(['p1']);
    expect(s.search({ query: '乡村', filter: { themes: ['没有'] } }).total).toBe(0);
    expect(s.search({ query: '', filter: { ids: [] } }).total).toBe(0);
  });

  it('lists everything but excluded words when only exclusions are given, and nothing for an empty query', () => {
    const s = open([
      { id: 'a', text: '海淀区' },
      { id: 'b', text: '东沙镇' },
    ]);
    expect(ids(s.search({ query: '-海淀' }))).toEqual(['b']);
    expect(s.search({ query: '' })).toEqual({ total: 0, hits: [] });
    expect(s.search({ query: '   ' })).toEqual({ total: 0, hits: [] });
  });

  it('rebuilds in place, and refuses a database without an index or with passages added since', () => {
    db = libraryDb([{ id: 'a', text: '乡村' }]);
    expect(() => new PassageSearch(db!)).toThrow(/no search index/);
    buildSearchIndex(db);
    db.prepare("INSERT INTO passages (id, text, folded, kind, themes, rules, incomplete, work_id) VALUES ('b', '乡村振兴', '', '论述', '[]', '[]', 0, 'w-s1')").run();
    expect(() => new PassageSearch(db!)).toThrow(/out of date/);
    const stats = buildSearchIndex(db);
    expect(stats).toMatchObject({ passages: 2, units: 6, unigrams: 4, bigrams: 3 });
    expect(new PassageSearch(db).search({ query: '乡村' }).total).toBe(2);
  });

  it('indexes an empty library', () => {
    const s = open([]);
    expect(s.search({ query: '乡村' })).toEqual({ total: 0, hits: [] });
  });
});
