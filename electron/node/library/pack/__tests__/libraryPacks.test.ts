import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QianwanApi } from '../../../../shared/api/QianwanApi';
import type { SourceDetail } from '../../../../shared/api/apiTypes';
import { createApi } from '../../../api/createApi';
import { createServices, type Services } from '../../../api/createServices';
import { buildLibrary } from '../../buildLibrary';
import { runImport } from '../../import/runImport';

// Real data folders on real SQLite files: own sources imported through the pipeline into one folder,
// exported as a pack, imported into another. Every figure below is read back from user.db.

const corpus = path.resolve(__dirname, '..', '..', '..', '..', '..', 'resources', 'corpus');
let dir: string;
let library: string;
const opened: Services[] = [];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-pack-'));
  // The shipped library holds only 002, so importing 002 links shipped passages and 003 adds its own.
  const shipped = path.join(dir, 'shipped');
  fs.mkdirSync(shipped);
  fs.copyFileSync(path.join(corpus, '002_3afa3ac3d429ce14.txt'), path.join(shipped, '002.txt'));
  library = path.join(dir, 'library.db');
  await buildLibrary(shipped, library);
});
afterAll(() => {
  for (const s of opened) s.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function open(name: string, libraryFile = library): { services: Services; api: QianwanApi; dataDir: string } {
  const dataDir = path.join(dir, name);
  const services = createServices({ dataDir, libraryFile });
  opened.push(services);
  return { services, api: createApi(services, 'browser'), dataDir };
}

async function importFiles(services: Services, files: Array<{ fileName: string; bytes: Uint8Array }>, facts: { site?: string; date?: string } = {}): Promise<string[]> {
  const { build } = await runImport(files, () => undefined);
  const summary = services.ownSources.commit(
    build,
    build.sources.map((s, index) => ({ index, title: s.title, site: facts.site ?? s.site, date: facts.date ?? s.date, url: s.url })),
  );
  return summary.sources.map((s) => s.id);
}

const seed = (name: string) => fs.readFileSync(path.join(corpus, name));
// A county's own version of the trainees' essays: passages no library has yet.
const county = () => Buffer.from(seed('003_1f8ea138d11b37c6.txt').toString('utf8').replaceAll('神农架林区', '示范县').replaceAll('林区', '县域'), 'utf8');
const page = Buffer.from(
  `<!doctype html><html><head><meta charset="utf-8"><title>浙江“千万工程”二十年</title><meta property="og:site_name" content="浙江日报"></head><body>
  <nav>首页 &gt; 新闻 &gt; 正文</nav><article><h1>浙江“千万工程”二十年</h1>
  <p>二十年来，浙江持续推进“千村示范、万村整治”工程，从垃圾收集、污水治理等人居环境整治入手，一张蓝图绘到底，一任接着一任干。</p>
  <p>各地坚持因地制宜、分类指导，尊重农民意愿，把群众满意不满意作为检验工作成效的标准，走出了一条共建共享的乡村建设路子。</p>
  <p>实践证明，只有坚持以人民为中心，久久为功、善作善成，才能把美丽乡村建设成为农民幸福生活的美好家园。</p></article>
  <footer>版权所有 浙江日报</footer></body></html>`,
  'utf8',
);

function checksum(dataDir: string): string {
  const hash = crypto.createHash('sha256');
  for (const suffix of ['', '-wal']) {
    const file = path.join(dataDir, `user.db${suffix}`);
    if (fs.existsSync(file)) hash.update(fs.readFileSync(file));
  }
  return hash.digest('hex');
}

const count = (services: Services, table: string) => (services.userDb.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

/** A source as the writer sees it: facts, raw text, and each passage with where it sits in the raw text. */
function shape(detail: SourceDetail) {
  return {
    title: detail.title,
    site: detail.site,
    date: detail.date,
    rawText: detail.rawText,
    works: detail.workList.map((w) => ({ id: w.id, title: w.title, passages: w.passages.map((p) => ({ id: p.id, text: p.text, start: p.start, end: p.end, edited: p.edited })) })),
  };
}

describe('library packs', () => {
  it('carries sources, originals, passages with their provenance and corrections to another data folder', async () => {
    const a = open('a');
    const [countyId] = await importFiles(a.services, [{ fileName: '县域学员心得.txt', bytes: county() }], { site: '单位内网', date: '2023-10-01' });
    const [copyId] = await importFiles(a.services, [{ fileName: '研讨发言副本.txt', bytes: seed('002_3afa3ac3d429ce14.txt') }]);
    const [pageId] = await importFiles(a.services, [{ fileName: '浙江日报.html', bytes: page }]);
    const corrected = (await a.api.getSource({ id: countyId! })).workList[1]!.passages[2]!;
    await a.api.updatePassage({ id: corrected.id, text: '县域坚持点线面系统治理，改善农村人居环境。' });

    const pack = await a.api.exportLibraryPack({});
    expect(pack).toMatchObject({ sources: 3, corrections: 1, fileName: expect.stringMatching(/^学习材料包-\d{4}-\d{2}-\d{2}\.qwpack$/) });
    expect(pack.bytes).toBe(Buffer.from(pack.dataBase64, 'base64').length);

    const b = open('b');
    const summary = await b.api.importLibraryPack({ name: '学习材料包.qwpack', dataBase64: pack.dataBase64 });
    const ownInA = count(a.services, 'passages');
    expect(summary.sources.map((s) => s.added)).toEqual([true, true, true]);
    expect(summary.passages.added).toBe(ownInA);
    // 002's passages are in the shipped library on both machines: linked, not stored.
    expect(summary.passages.present).toBe(pack.passages - ownInA);
    const copyPassages = (await a.api.getSource({ id: copyId! })).workList.flatMap((w) => w.passages.map((p) => p.id));
    expect(summary.passages.present).toBe(new Set(copyPassages).size);
    expect(summary.corrections).toEqual({ applied: 1, present: 0, skipped: [] });

    for (const id of [countyId!, copyId!, pageId!]) {
      const there = await b.api.getSource({ id });
      expect(shape(there)).toEqual(shape(await a.api.getSource({ id })));
      for (const w of there.workList) for (const p of w.passages) expect(there.rawText.slice(p.start, p.end).length).toBe(p.end - p.start);
    }
    const countyThere = await b.api.getSource({ id: countyId! });
    expect(countyThere).toMatchObject({ site: '单位内网', date: '2023-10-01', fileName: '县域学员心得.txt' });
    // Provenance still points into the raw text: the passage's opening words are at its offsets.
    const first = countyThere.workList[0]!.passages[0]!;
    expect(countyThere.rawText.slice(first.start, first.end)).toContain(first.text.slice(0, 6));

    // The correction came with its passage: the corrected text searchable, the pipeline's text kept.
    const row = b.services.userDb.prepare('SELECT text, original_text FROM passages WHERE id = ?').get(corrected.id) as { text: string; original_text: string };
    expect(row).toEqual({ text: '县域坚持点线面系统治理，改善农村人居环境。', original_text: corrected.text });
    const hits = await b.api.searchLibrary({ query: '点线面系统治理' });
    expect(hits.results.map((h) => h.id)).toEqual([corrected.id]);
    expect((await b.api.searchLibrary({ query: '示范县', own: true })).total).toBe((await a.api.searchLibrary({ query: '示范县', own: true })).total);

    // The files as imported travel byte for byte.
    const originals = (s: Services) => s.userDb.prepare('SELECT source_id, format, bytes FROM source_originals ORDER BY source_id').all();
    expect(originals(b.services)).toEqual(originals(a.services));
    expect(count(b.services, 'report')).toBe(count(a.services, 'report'));

    // A second import adds nothing and does not write at all.
    const before = checksum(b.dataDir);
    const again = await b.api.importLibraryPack({ name: '学习材料包.qwpack', dataBase64: pack.dataBase64 });
    expect(again.sources.map((s) => s.added)).toEqual([false, false, false]);
    expect(again.passages).toEqual({ added: 0, present: pack.passages });
    expect(again.corrections).toEqual({ applied: 0, present: 1, skipped: [] });
    expect(checksum(b.dataDir)).toBe(before);
  });

  it('merges with what is already here: a source is not duplicated, a correction only lands where there is none', async () => {
    const a = open('merge-a');
    const [countyId] = await importFiles(a.services, [{ fileName: '县域学员心得.txt', bytes: county() }]);
    const [pageId] = await importFiles(a.services, [{ fileName: '浙江日报.html', bytes: page }]);
    const passages = (await a.api.getSource({ id: countyId! })).workList[0]!.passages;
    await a.api.updatePassage({ id: passages[1]!.id, text: '甲改的第二段。' });
    await a.api.updatePassage({ id: passages[2]!.id, text: '甲改的第三段。' });
    await a.api.updatePassage({ id: passages[3]!.id, text: '两人改得一样的第四段。' });

    // B imported the same county file itself and corrected two of those passages its own way.
    const b = open('merge-b');
    await importFiles(b.services, [{ fileName: '我下载的心得.txt', bytes: county() }]);
    await b.api.updatePassage({ id: passages[2]!.id, text: '乙改的第三段。' });
    await b.api.updatePassage({ id: passages[3]!.id, text: '两人改得一样的第四段。' });
    const sourcesBefore = count(b.services, 'sources');

    const pack = await a.api.exportLibraryPack({});
    const summary = await b.api.importLibraryPack({ name: 'p.qwpack', dataBase64: pack.dataBase64 });
    expect(summary.sources).toEqual([
      { id: countyId, title: expect.any(String), added: false },
      { id: pageId, title: '浙江“千万工程”二十年', added: true },
    ]);
    expect(count(b.services, 'sources')).toBe(sourcesBefore + 1);
    expect(summary.corrections.applied).toBe(1);
    expect(summary.corrections.present).toBe(1);
    expect(summary.corrections.skipped).toEqual([{ passageId: passages[2]!.id, text: '乙改的第三段。', reason: 'local_correction' }]);
    const text = (id: string) => (b.services.userDb.prepare('SELECT text, original_text FROM passages WHERE id = ?').get(id) as { text: string; original_text: string | null });
    expect(text(passages[1]!.id)).toEqual({ text: '甲改的第二段。', original_text: passages[1]!.text });
    expect(text(passages[2]!.id)).toEqual({ text: '乙改的第三段。', original_text: passages[2]!.text });
    // B's own file name and facts for the county source are untouched.
    expect((await b.api.getSource({ id: countyId! })).fileName).toBe('我下载的心得.txt');
    expect((await b.api.searchLibrary({ query: '甲改的第二段' })).total).toBe(1);
  });

  it('exports chosen sources only, and a source imported before originals were kept as its raw text', async () => {
    const a = open('old-a');
    const [countyId] = await importFiles(a.services, [{ fileName: '县域学员心得.txt', bytes: county() }]);
    await importFiles(a.services, [{ fileName: '浙江日报.html', bytes: page }]);
    // As a source imported before user.db migration 11 is.
    a.services.userDb.prepare('DELETE FROM source_originals WHERE source_id = ?').run(countyId);
    const pack = await a.api.exportLibraryPack({ sourceIds: [countyId!] });
    expect(pack.sources).toBe(1);

    const b = open('old-b');
    const summary = await b.api.importLibraryPack({ name: 'p.qwpack', dataBase64: pack.dataBase64 });
    expect(summary.sources).toEqual([{ id: countyId, title: expect.any(String), added: true }]);
    expect((await b.api.getSource({ id: countyId! })).rawText).toBe(county().toString('utf8'));
    // The raw text written out for the pack is not a file the source came from: no original is claimed.
    expect(count(b.services, 'source_originals')).toBe(0);
    await expect(a.api.exportLibraryPack({ sourceIds: ['unot-here'] })).rejects.toMatchObject({ code: 'not_found' });
    await expect(b.api.exportLibraryPack({ sourceIds: [] })).rejects.toMatchObject({ code: 'invalid_input' });
    const empty = open('empty');
    await expect(empty.api.exportLibraryPack({})).rejects.toMatchObject({ code: 'pack_empty' });
  });

  it('refuses to write a pack larger than a pack may be, and says how large it would be', async () => {
    const a = open('large-a');
    const [id] = await importFiles(a.services, [{ fileName: '浙江日报.html', bytes: page }]);
    // As a scanned handout of 21 MB would be: it does not compress.
    a.services.userDb.prepare("UPDATE source_originals SET format = 'pdf', bytes = ? WHERE source_id = ?").run(crypto.randomBytes(21 * 1024 * 1024), id);
    await expect(a.api.exportLibraryPack({})).rejects.toMatchObject({ code: 'pack_too_large', detail: expect.stringMatching(/^21\.\d\d MB$/) });
  });

  it('carries the passages of the shipped library, so a machine with another library stores them', async () => {
    const a = open('shipped-a');
    await importFiles(a.services, [{ fileName: '研讨发言副本.txt', bytes: seed('002_3afa3ac3d429ce14.txt') }]);
    expect(count(a.services, 'passages')).toBe(0);
    const pack = await a.api.exportLibraryPack({});

    const b = open('shipped-b', path.join(dir, 'no-library.db'));
    const summary = await b.api.importLibraryPack({ name: 'p.qwpack', dataBase64: pack.dataBase64 });
    expect(summary.passages).toEqual({ added: pack.passages, present: 0 });
    expect(count(b.services, 'passages')).toBe(pack.passages);
    expect((await b.api.searchLibrary({ query: '地球卫士奖' })).total).toBeGreaterThan(0);
  });

  it('carries columns added by later migrations without knowing them, and leaves behind those this version lacks', async () => {
    const a = open('columns-a');
    const [id] = await importFiles(a.services, [{ fileName: '浙江日报.html', bytes: page }]);
    // As another engineer's migration would: a column of sources and one of passages, with values.
    a.services.userDb.exec("ALTER TABLE sources ADD COLUMN future_rating TEXT NOT NULL DEFAULT 'none'; ALTER TABLE passages ADD COLUMN future_remark TEXT");
    a.services.userDb.prepare("UPDATE sources SET future_rating = 'high' WHERE id = ?").run(id);
    a.services.userDb.prepare("UPDATE passages SET future_remark = '[\"checked\"]'").run();
    const pack = await a.api.exportLibraryPack({});

    const b = open('columns-b');
    b.services.userDb.exec("ALTER TABLE sources ADD COLUMN future_rating TEXT NOT NULL DEFAULT 'none'; ALTER TABLE passages ADD COLUMN future_remark TEXT");
    await b.api.importLibraryPack({ name: 'p.qwpack', dataBase64: pack.dataBase64 });
    expect(b.services.userDb.prepare('SELECT future_rating FROM sources WHERE id = ?').pluck().get(id)).toBe('high');
    expect(b.services.userDb.prepare('SELECT DISTINCT future_remark FROM passages').pluck().all()).toEqual(['["checked"]']);

    const c = open('columns-c');
    const summary = await c.api.importLibraryPack({ name: 'p.qwpack', dataBase64: pack.dataBase64 });
    expect(summary.sources[0]!.added).toBe(true);
    expect(shape(await c.api.getSource({ id: id! }))).toEqual(shape(await a.api.getSource({ id: id! })));
  });
});
