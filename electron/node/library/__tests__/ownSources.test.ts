import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportJob } from '../../../shared/api/apiTypes';
import { createApi } from '../../api/createApi';
import type { Services } from '../../api/createServices';
import { openSmallLibrary, type SmallLibrary } from './smallLibrary';
import { SEARCH_INDEX_VERSION } from '../search/searchIndexSchema';

const corpus = path.resolve(__dirname, '..', '..', '..', '..', 'resources', 'corpus');
let library: SmallLibrary;
let services: Services;

beforeEach(async () => {
  // The shipped library holds only 002 here, so importing 003 adds new passages and 002 is a copy.
  library = await openSmallLibrary('002_3afa3ac3d429ce14.txt', 'qw-own-');
  services = library.services;
});
afterEach(() => library.close());

const file = (name: string, from = name) => ({ name, dataBase64: fs.readFileSync(path.join(corpus, from)).toString('base64') });

async function finished(api: ReturnType<typeof createApi>, job: ImportJob): Promise<ImportJob> {
  for (let i = 0; i < 200; i++) {
    const now = await api.getImportJob({ jobId: job.id });
    if (now.state !== 'running') return now;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('import did not finish');
}

describe('importing own sources', () => {
  it('previews without saving, then saves with corrected facts; the passages become searchable and citable', async () => {
    const api = createApi(services, 'browser');
    const before = (await api.listSources({})).length;
    const job = await finished(api, await api.previewImport({ files: [file('学员心得.txt', '003_1f8ea138d11b37c6.txt')] }));
    expect(job.state).toBe('ready');
    expect(job.previews).toHaveLength(1);
    const preview = job.previews![0]!;
    expect(preview.works.length).toBe(3);
    expect(preview.samplePassages.length).toBeGreaterThan(5);
    expect(job.stats!.linesRemoved).toBeGreaterThan(0);
    expect((await api.listSources({})).length).toBe(before);

    const summary = await api.commitImport({ jobId: job.id, sources: [{ index: 0, title: '培训班学员心得', site: '单位内网', date: '2023-10-01', url: null }] });
    expect(summary.sources).toEqual([{ id: expect.any(String), title: '培训班学员心得' }]);
    expect(summary.passages).toBeGreaterThan(20);
    const sources = await api.listSources({});
    const own = sources.find((s) => s.own)!;
    expect(own).toMatchObject({ title: '培训班学员心得', site: '单位内网', date: '2023-10-01', fileName: '学员心得.txt' });

    const hits = await api.searchLibrary({ query: '神农架', limit: 50 });
    expect(hits.total).toBeGreaterThan(0);
    const hit = hits.results.find((r) => r.sources.some((s) => s.id === own.id))!;
    expect(hit).toBeDefined();
    const [cited] = await api.getPassages({ ids: [hit.id] });
    expect(cited!.sources[0]!.title).toBe('培训班学员心得');

    const detail = await api.getSource({ id: own.id });
    const p = detail.workList[0]!.passages[1]!;
    expect(detail.rawText.slice(p.start, p.end).length).toBeGreaterThan(0);
    await expect(api.commitImport({ jobId: job.id, sources: [] })).rejects.toMatchObject({ code: 'conflict' });
    // The same file a second time: said as such (it read "该文稿已在别处被修改" before).
    const again = await finished(api, await api.previewImport({ files: [file('学员心得.txt', '003_1f8ea138d11b37c6.txt')] }));
    // The same file again: the preview says it was imported before, and saving stores nothing twice.
    expect(again.previews![0]!.alreadyImported).toBe(true);
    const second = await api.commitImport({ jobId: again.id, sources: [{ index: 0, title: '再导入一次', site: null, date: null, url: null }] });
    expect(second.sources).toEqual([]);
    expect(second.alreadyImported).toHaveLength(1);
  });

  it('says the same file a second time was imported before, and stores it once (#20: it said 该文稿已在别处被修改)', async () => {
    const api = createApi(services, 'browser');
    const first = await finished(api, await api.previewImport({ files: [file('学员心得.txt', '003_1f8ea138d11b37c6.txt')] }));
    await api.commitImport({ jobId: first.id, sources: [] });
    const again = await finished(api, await api.previewImport({ files: [file('学员心得.txt', '003_1f8ea138d11b37c6.txt')] }));
    expect(again.previews![0]).toMatchObject({ alreadyImported: true });
    const summary = await api.commitImport({ jobId: again.id, sources: [] });
    expect(summary.sources).toEqual([]);
    expect(summary.alreadyImported).toHaveLength(1);
    expect((await api.listSources({})).filter((s) => s.own)).toHaveLength(1);
  });

  it('links a passage the shipped library already has instead of storing it twice', async () => {
    const api = createApi(services, 'browser');
    const job = await finished(api, await api.previewImport({ files: [file('副本.txt', '002_3afa3ac3d429ce14.txt')] }));
    expect(job.previews![0]!.alreadyInLibrary).toBeGreaterThan(0);
    const summary = await api.commitImport({ jobId: job.id, sources: [{ index: 0, title: '副本', site: null, date: null, url: null }] });
    const ownCount = (services.userDb.prepare('SELECT count(*) AS n FROM passages').get() as { n: number }).n;
    expect(ownCount).toBe(0);
    const hits = await api.searchLibrary({ query: '地球卫士奖', limit: 5 });
    expect(hits.results[0]!.sources.map((s) => s.title)).toContain('副本');
    expect(summary.sources[0]!.title).toBe('副本');
  });

  it('refuses an undecodable file with a message naming it, and saves nothing', async () => {
    const api = createApi(services, 'browser');
    const binary = Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 73 + 5) % 256)).toString('base64');
    const job = await finished(api, await api.previewImport({ files: [{ name: '乱码.txt', dataBase64: binary }] }));
    expect(job.state).toBe('failed');
    expect(job.error!.detail).toContain('乱码.txt');
    expect((await api.listSources({})).filter((s) => s.own)).toEqual([]);
  });

  it('corrects passage text while keeping the raw text, and asks before deleting a cited source', async () => {
    const api = createApi(services, 'browser');
    const job = await finished(api, await api.previewImport({ files: [file('心得.txt', '003_1f8ea138d11b37c6.txt')] }));
    const { sources } = await api.commitImport({ jobId: job.id, sources: [{ index: 0, title: '心得', site: null, date: null, url: null }] });
    const sourceId = sources[0]!.id;
    const passage = (await api.getSource({ id: sourceId })).workList[0]!.passages[0]!;
    await api.updatePassage({ id: passage.id, text: '改正后的段落文字。' });
    const after = await api.getSource({ id: sourceId });
    expect(after.workList[0]!.passages[0]).toMatchObject({ id: passage.id, text: '改正后的段落文字。', edited: true });
    expect(after.rawText).toBe(fs.readFileSync(path.join(corpus, '003_1f8ea138d11b37c6.txt'), 'utf8'));
    await expect(api.updatePassage({ id: 'pnotmine', text: '无' })).rejects.toMatchObject({ code: 'passage_not_own', detail: 'pnotmine' });

    const doc = await api.createDocument({ title: '我的心得' });
    await api.saveDocument({ id: doc.id, content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'citation', attrs: { passageId: passage.id, kind: 'quote' } }] }] } });
    const asked = await api.deleteSource({ id: sourceId });
    expect(asked).toEqual({ deleted: false, citedBy: [{ id: doc.id, title: '我的心得' }] });
    expect((await api.listSources({})).some((s) => s.id === sourceId)).toBe(true);
    const done = await api.deleteSource({ id: sourceId, confirmed: true });
    expect(done.deleted).toBe(true);
    expect((await api.listSources({})).some((s) => s.id === sourceId)).toBe(false);
    expect(await api.getPassages({ ids: [passage.id] })).toEqual([]);
  });
});

describe('own passages holding invisible characters', () => {
  it('are found by their visible words, also from an index an older version built', async () => {
    const api = createApi(services, 'browser');
    const text = `学习体会\n\n我们认真学习浙江千\u200b万工程经验，深刻体会到推进乡村\u00ad振兴要因地制宜，实现共同\u200d富裕要久久为功，${'建设美丽乡村，'.repeat(8)}久久为功。\n`;
    const job = await finished(api, await api.previewImport({ files: [{ name: '零宽.txt', dataBase64: Buffer.from(text).toString('base64') }] }));
    expect(job.state).toBe('ready');
    await api.commitImport({ jobId: job.id, sources: [{ index: 0, title: '零宽字符', site: null, date: null, url: null }] });
    const find = async (q: string) => (await api.searchLibrary({ query: q, limit: 10, own: true })).results.map((r) => r.text);
    for (const q of ['千万工程', '乡村振兴', '共同富裕']) expect((await find(q)).length, q).toBe(1);
    // An index written before invisible characters were searched past says version 4: it is rebuilt.
    services.userDb.prepare("UPDATE search_meta SET value = 4 WHERE key = 'version'").run();
    services.userDb.prepare("UPDATE search_meta SET value = value + 1 WHERE key = 'generation'").run();
    expect((await find('千万工程')).length).toBe(1);
    expect(services.userDb.prepare("SELECT value FROM search_meta WHERE key = 'version'").pluck().get()).toBe(SEARCH_INDEX_VERSION);
  });
});
