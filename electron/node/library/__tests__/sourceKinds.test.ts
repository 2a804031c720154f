import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportJob, PassageInfo } from '../../../shared/api/apiTypes';
import { resolveNotes } from '../../../shared/citations/resolveNotes';
import type { DocNode } from '../../../shared/doc/docTypes';
import type { SourceKind } from '../../../shared/library/sourceKinds';
import { createApi } from '../../api/createApi';
import type { Services } from '../../api/createServices';
import { migrate } from '../../db/migrate';
import { userMigrations } from '../../db/userMigrations';
import { PassageSearch } from '../search/PassageSearch';
import { openSmallLibrary, type SmallLibrary } from './smallLibrary';

// Fixtures written for these tests: a 范文 that quotes the 总书记, the speech report it quotes from,
// and a 心得 with the same wording, so search ties can be seen.
const STATEMENT = '要坚持不懈推进农村人居环境整治，把千万工程这件实事办好办实';
const ESSAY = `学习千万工程经验心得体会\n\n一、深刻认识千万工程的重大意义\n习近平总书记指出：“${STATEMENT}。”我们要深刻领会这一重要指示精神，结合本单位实际抓好落实，推动乡村面貌持续改善。\n\n二、以钉钉子精神抓落实\n整治人居环境要久久为功，一张蓝图绘到底，一年接着一年干，确保各项工作取得实效。`;
const SPEECH = `习近平在浙江考察时强调 深入学习千万工程经验\n\n新华社杭州9月25日电 中共中央总书记、国家主席、中央军委主席习近平近日在浙江考察。他强调，${STATEMENT}，让农民群众的获得感成色更足。\n\n习近平指出，乡村振兴要因地制宜、分类施策，久久为功、善作善成。`;

let library: SmallLibrary;
let dir: string;
let services: Services;

beforeEach(async () => {
  library = await openSmallLibrary('004_5bd3a5a14259aba5.txt', 'qw-kinds-');
  ({ dir, services } = library);
});
afterEach(() => library.close());

async function importText(name: string, text: string, kind?: SourceKind) {
  const api = createApi(services, 'browser');
  let job: ImportJob = await api.previewImport({ files: [{ name, dataBase64: Buffer.from(text, 'utf8').toString('base64') }] });
  for (let i = 0; i < 200 && job.state === 'running'; i++) {
    await new Promise((r) => setTimeout(r, 20));
    job = await api.getImportJob({ jobId: job.id });
  }
  const p = job.previews![0]!;
  const summary = await api.commitImport({ jobId: job.id, sources: [{ index: 0, title: p.title, site: p.site, date: p.date, url: p.url, ...(kind ? { kind } : {}) }] });
  return summary.sources[0]!.id;
}

const citing = (passageId: string, statement?: string): DocNode => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: '引文' }, { type: 'citation', attrs: { passageId, kind: 'quote', citedOn: '2026-12-05', ...(statement ? { statement } : {}) } }] }],
});
const noteOf = (doc: DocNode, passages: PassageInfo[]) => resolveNotes(doc, new Map(passages.map((p) => [p.id, p])), { style: 'numbered', edition: '2025' }).notes[0]!.text;

describe('source kinds in the library', () => {
  it('builds the shipped seed sources as 参考范文 and guesses an imported speech report as 权威文献', async () => {
    const api = createApi(services, 'browser');
    expect((await api.listSources({})).map((s) => s.kind)).toEqual(['参考范文']);
    const speech = await importText('讲话报道.txt', SPEECH);
    const essay = await importText('心得.txt', ESSAY);
    const kinds = Object.fromEntries((await api.listSources({})).map((s) => [s.id, s.kind]));
    expect(kinds[speech]).toBe('权威文献');
    expect(kinds[essay]).toBe('参考范文');
    // The writer's choice on import wins over the guess.
    const chosen = await importText('另一份.txt', '某县召开会议\n\n本报讯 近日，某县召开千万工程推进会，部署下一阶段工作任务。', '新闻报道');
    expect((await api.listSources({})).find((s) => s.id === chosen)!.kind).toBe('新闻报道');
  });

  it('filters by source kind and counts the kinds', async () => {
    const api = createApi(services, 'browser');
    await importText('心得.txt', ESSAY);
    await importText('讲话报道.txt', SPEECH);
    const hits = await api.searchLibrary({ query: '久久为功', limit: 10 });
    expect(hits.total).toBeGreaterThanOrEqual(2);
    const only = await api.searchLibrary({ query: '久久为功', sourceKinds: ['权威文献'], limit: 10 });
    expect(only.total).toBe(1);
    expect(only.results.every((r) => r.sources.some((s) => s.kind === '权威文献'))).toBe(true);
    // Browsing a kind without words, and the counts the filter shows.
    expect((await api.searchLibrary({ query: '', sourceKinds: ['权威文献'], limit: 50 })).total).toBeGreaterThan(0);
    const facets = await api.getLibraryFacets({});
    expect(facets.sourceKinds.map((f) => f.name)).toEqual(['权威文献', '参考范文']);
  });

  it('lets the writer change an own source’s kind, and refuses to change a shipped one', async () => {
    const api = createApi(services, 'browser');
    const essay = await importText('心得.txt', ESSAY);
    await api.setSourceKind({ id: essay, kind: '新闻报道' });
    expect((await api.listSources({})).find((s) => s.id === essay)!.kind).toBe('新闻报道');
    expect((await api.searchLibrary({ query: '钉钉子', sourceKinds: ['新闻报道'] })).total).toBe(1);
    const shipped = (await api.listSources({})).find((s) => !s.own)!;
    await expect(api.setSourceKind({ id: shipped.id, kind: '权威文献' })).rejects.toMatchObject({ code: 'read_only' });
    await expect(api.setSourceKind({ id: 'nope', kind: '权威文献' })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('cites a statement quoted in a 范文 as 转引, and the original once it is imported', async () => {
    const api = createApi(services, 'browser');
    await importText('心得.txt', ESSAY);
    const hit = (await api.searchLibrary({ query: '重要指示精神' })).results[0]!;
    // Search results name the statement; the original is looked up when the passage is fetched.
    expect(hit.quotes?.[0]).toMatchObject({ type: 'statement', speaker: '习近平', role: '总书记', cue: '指出' });
    expect(hit.quotes?.[0]!.original).toBeUndefined();
    const statement = hit.quotes![0]!.text;
    let [passage] = await api.getPassages({ ids: [hit.id] });
    expect(passage!.quotes![0]!.original).toBeNull();
    expect(noteOf(citing(hit.id, statement), [passage!])).toMatch(/^转引自：学习千万工程经验心得体会.*\[Z\]\.$/);

    const speech = await importText('讲话报道.txt', SPEECH);
    [passage] = await api.getPassages({ ids: [hit.id] });
    const original = passage!.quotes![0]!.original!;
    expect(original.source.id).toBe(speech);
    expect(original.source.kind).toBe('权威文献');
    const note = noteOf(citing(hit.id, statement), [passage!]);
    expect(note).not.toContain('转引');
    // The original's own entry (a report with no site or date known here: [Z]), as a direct citation of it would be.
    expect(note).toBe(`${original.workTitle}[Z].`);
  });
});

describe('originals of quoted statements', () => {
  it('are looked up once per state of the library and statement: a draft opened again, or another passage quoting the same words, searches nothing; an import is seen at once', async () => {
    const api = createApi(services, 'browser');
    await importText('心得.txt', ESSAY);
    const hit = (await api.searchLibrary({ query: '重要指示精神' })).results[0]!;
    // A spy that calls through: how many rankings the look-ups run.
    const ranks = vi.spyOn(PassageSearch.prototype, 'rank');
    try {
      expect((await api.getPassages({ ids: [hit.id] }))[0]!.quotes![0]!.original).toBeNull();
      expect(ranks).toHaveBeenCalled();
      ranks.mockClear();
      expect((await api.getPassages({ ids: [hit.id] }))[0]!.quotes![0]!.original).toBeNull();
      expect(ranks).not.toHaveBeenCalled();
      const speech = await importText('讲话报道.txt', SPEECH);
      ranks.mockClear();
      expect((await api.getPassages({ ids: [hit.id] }))[0]!.quotes![0]!.original!.source.id).toBe(speech);
      expect(ranks).toHaveBeenCalled();
      // Another essay quoting the same words shares the look-up (its import is a new state: looked up once more).
      await importText('另一篇心得.txt', ESSAY.replace('我们要深刻领会', '全县上下要深刻领会'));
      const other = (await api.searchLibrary({ query: '全县上下要深刻领会' })).results[0]!;
      expect((await api.getPassages({ ids: [hit.id] }))[0]!.quotes![0]!.original!.source.id).toBe(speech);
      ranks.mockClear();
      expect((await api.getPassages({ ids: [other.id] }))[0]!.quotes![0]!.original!.source.id).toBe(speech);
      expect(ranks).not.toHaveBeenCalled();
    } finally {
      ranks.mockRestore();
    }
  });
});

describe('user.db migrations 10 and 11', () => {
  it('gives sources imported before their kind, and turns footnote/endnote into note styles', () => {
    const file = path.join(dir, 'old.db');
    const old = new Database(file);
    migrate(old, userMigrations.filter((m) => m.version <= 9));
    const insert = old.prepare(`INSERT INTO sources (id, file_name, title, site, date, url, raw_text, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, '2026-01-01')`);
    insert.run('u1', 'a.txt', '学习心得体会3篇', '优知文库', null, null, '……');
    insert.run('u2', 'b.txt', '习近平在浙江考察时强调', '新华网', null, 'http://www.news.cn/a.htm', SPEECH);
    const doc = old.prepare(`INSERT INTO documents (id, title, content, created_at, updated_at, options) VALUES (?, '', '{"type":"doc","content":[]}', '', '', ?)`);
    doc.run('d1', JSON.stringify({ notes: 'footnote', references: true }));
    doc.run('d2', JSON.stringify({ notes: 'endnote' }));
    doc.run('d3', '{}');
    migrate(old, userMigrations);
    expect(old.prepare('SELECT id, kind FROM sources ORDER BY id').all()).toEqual([
      { id: 'u1', kind: '参考范文' },
      { id: 'u2', kind: '权威文献' },
    ]);
    const options = (id: string) => JSON.parse((old.prepare('SELECT options FROM documents WHERE id = ?').get(id) as { options: string }).options) as Record<string, unknown>;
    expect(options('d1')).toEqual({ notes: 'numbered', edition: '2025', references: true });
    expect(options('d2')).toMatchObject({ notes: 'endnotes', edition: '2025' });
    expect(options('d3')).toMatchObject({ notes: 'numbered' });
    old.close();
  });
});
