import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportJob } from '../../../shared/api/apiTypes';
import { describeError } from '../../../shared/api/describeError';
import { createApi } from '../../api/createApi';
import { createServices, type Services } from '../../api/createServices';
import { buildLibrary } from '../buildLibrary';

const root = path.resolve(__dirname, '..', '..', '..', '..');
const corpus = path.join(root, 'resources', 'corpus');
const formats = path.join(root, 'electron', 'node', 'formats', '__tests__', 'fixtures');
let dir: string;
let services: Services;

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-batch-'));
  const shipped = path.join(dir, 'shipped');
  fs.mkdirSync(shipped);
  fs.copyFileSync(path.join(corpus, '002_3afa3ac3d429ce14.txt'), path.join(shipped, '002.txt'));
  await buildLibrary(shipped, path.join(dir, 'library.db'));
  services = createServices({ dataDir: path.join(dir, 'data'), libraryFile: path.join(dir, 'library.db') });
});
afterEach(() => {
  services.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const file = (name: string, from: string) => ({ name, dataBase64: fs.readFileSync(from).toString('base64') });

async function finished(api: ReturnType<typeof createApi>, job: ImportJob): Promise<ImportJob> {
  for (let i = 0; i < 500; i++) {
    const now = await api.getImportJob({ jobId: job.id });
    if (now.state !== 'running') return now;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('import did not finish');
}

describe('a batch of mixed files (a folder)', () => {
  it('is staged over several requests, read as one import, and reports each file: imported, refused and why, or a copy of what', async () => {
    const api = createApi(services, 'browser');
    const staged = await api.stageImportFiles({ files: [file('新华网.html', path.join(formats, 'news-xinhua-style.html')), file('辅导材料.pdf', path.join(formats, 'handout.pdf'))] });
    await api.stageImportFiles({ jobId: staged.jobId, files: [file('扫描件.pdf', path.join(formats, 'scan.pdf')), file('公众号.html', path.join(formats, 'wechat-article.html'))] });
    // The same article reposted by another site (its own page around it), and the very same file twice.
    const repost = fs.readFileSync(path.join(formats, 'news-xinhua-style.html'), 'utf8').replace('新华网', '某某县新闻网').replace(/<div class="nav">[\s\S]*?<\/div>/, '<div class="menu">首页 本地 要闻</div>');
    const last = await api.stageImportFiles({
      jobId: staged.jobId,
      files: [file('发言材料.txt', path.join(corpus, '002_3afa3ac3d429ce14.txt')), { name: '转载.htm', dataBase64: Buffer.from(repost).toString('base64') }, file('新华网（副本）.html', path.join(formats, 'news-xinhua-style.html'))],
    });
    expect(last.files).toBe(7);
    const job = await finished(api, await api.previewImport({ jobId: staged.jobId }));
    expect(job.state).toBe('ready');
    // The scan is refused by name, with why; the second copy of a file is named as one; the others go on.
    expect(job.refused.map((r) => r.fileName)).toEqual(['扫描件.pdf', '新华网（副本）.html']);
    expect(describeError(job.refused[0]!.error)).toContain('扫描件.pdf 是扫描件或图片');
    expect(describeError(job.refused[1]!.error)).toContain('新华网.html');
    const byName = new Map(job.previews!.map((p) => [p.fileName, p]));
    expect([...byName.keys()].sort()).toEqual(['公众号.html', '发言材料.txt', '新华网.html', '转载.htm', '辅导材料.pdf'].sort());
    expect(byName.get('公众号.html')).toMatchObject({ title: '学习“千万工程”经验｜我们村的五年之变', site: '青山发布', author: '王小明', date: '2023-06-20', extraction: 'wechat' });
    expect(byName.get('辅导材料.pdf')!.title).toBe('学习“千万工程”经验专题辅导材料');
    // A news dateline's reporters are the item's authors: （记者张三、李四）.
    // 新华社 is official media: 权威文献 (the list), the kind the preview offers.
    expect(byName.get('新华网.html')).toMatchObject({ author: '张三、李四', site: '新华网', date: '2023-06-05', kind: '权威文献' });
    // The shipped essay and the page saved twice are copies, and say of what.
    expect(byName.get('发言材料.txt')!.duplicateOf).toBeTruthy();
    const copies = [byName.get('新华网.html')!, byName.get('转载.htm')!];
    expect(copies.filter((p) => p.duplicateOf !== null)).toHaveLength(1);

    const summary = await api.commitImport({ jobId: staged.jobId, sources: job.previews!.map((p) => ({ index: p.index, title: p.title, site: p.site, date: p.date, url: p.url, author: p.author })) });
    expect(summary.sources).toHaveLength(5);
    const hits = await api.searchLibrary({ query: '成了远近闻名的', own: true });
    expect(hits.total).toBe(1);
    // The reposted article is stored once and credits both pages.
    const repostHits = await api.searchLibrary({ query: '规划保留村生活污水治理覆盖率', own: true });
    expect(repostHits.total).toBe(1);
    expect(repostHits.results[0]!.sources.map((s) => s.title).sort()).toHaveLength(2);

    // Importing the same page again: the preview says so, and saving stores nothing twice.
    const again = await finished(api, await api.previewImport({ files: [file('又一次.html', path.join(formats, 'news-xinhua-style.html'))] }));
    expect(again.previews![0]).toMatchObject({ alreadyImported: true, duplicateOf: '浙江“千万工程”造就万千美丽乡村' });
    const second = await api.commitImport({ jobId: again.id, sources: [{ index: 0, title: '又一次', site: null, date: null, url: null }] });
    expect(second.sources).toEqual([]);
    expect(second.alreadyImported.map((s) => s.title)).toEqual(['浙江“千万工程”造就万千美丽乡村']);
  }, 60_000);

  it('a started batch takes no more files, and a saved one is not read again', async () => {
    const api = createApi(services, 'browser');
    const staged = await api.stageImportFiles({ files: [file('a.txt', path.join(corpus, '003_1f8ea138d11b37c6.txt'))] });
    await finished(api, await api.previewImport({ jobId: staged.jobId }));
    await expect(api.stageImportFiles({ jobId: staged.jobId, files: [file('b.txt', path.join(corpus, '003_1f8ea138d11b37c6.txt'))] })).rejects.toMatchObject({ code: 'conflict' });
    // A previewed batch may be read again (with other options); a saved one may not.
    await finished(api, await api.previewImport({ jobId: staged.jobId }));
    await api.commitImport({ jobId: staged.jobId, sources: [] });
    await expect(api.previewImport({ jobId: staged.jobId })).rejects.toMatchObject({ code: 'conflict' });
  });
});

describe('a page in traditional characters', () => {
  it('is offered in simplified characters, and read again in traditional ones when the writer asks, the original kept', async () => {
    const api = createApi(services, 'browser');
    const page = '<html><head><title>學習「千萬工程」經驗</title></head><body><p>近年來，我們認真學習浙江「千萬工程」經驗，從群眾反映最強烈的垃圾、污水、廁所問題入手，全面完成農村改廁任務，村莊面貌煥然一新。</p><p>下一步，我們將繼續學習借鑒浙江經驗，久久為功、善作善成，推動鄉村全面振興不斷取得新成效。</p></body></html>';
    const staged = await api.stageImportFiles({ files: [{ name: '繁體.html', dataBase64: Buffer.from(page).toString('base64') }] });
    const first = await finished(api, await api.previewImport({ jobId: staged.jobId }));
    expect(first.previews![0]).toMatchObject({ traditional: true, simplified: true, fileIndex: 0 });
    expect(first.previews![0]!.samplePassages.map((p) => p.text).join('')).toContain('全面完成农村改厕任务');
    const again = await finished(api, await api.previewImport({ jobId: staged.jobId, keepTraditional: [0] }));
    expect(again.previews![0]).toMatchObject({ traditional: true, simplified: false });
    expect(again.previews![0]!.samplePassages.map((p) => p.text).join('')).toContain('全面完成農村改廁任務');
    await api.commitImport({ jobId: staged.jobId, sources: [{ index: 0, title: '繁体页面', site: null, date: null, url: null }] });
    const source = (await api.listSources({})).find((s) => s.title === '繁体页面')!;
    expect((await api.getSource({ id: source.id })).rawText).toBe(page);
  });
});
