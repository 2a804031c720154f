import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/ApiError';
import type { QianwanApi } from '../../../shared/api/QianwanApi';
import { createFinder, type FindTools } from '../../../shared/search/findInText';
import { loadFindRegex } from '../../../shared/search/loadFindRegex';
import { loadSearchFoldTable } from '../../../shared/search/loadSearchFoldTable';
import { parseSearchQuery } from '../../../shared/search/parseSearchQuery';
import { seededRandom } from '../../../../scripts/bench/seededRandom';
import { readDraftFile } from '../../documents/readDraftFile';
import { readSourceFile } from '../../formats/readSourceFile';
import { createApi } from '../createApi';
import { createServices, type Services } from '../createServices';
import { docxOf } from './hostileFiles';

// Random and adversarial inputs to every importer (text, Markdown, HTML, MHTML, DOCX, PDF, library
// pack) and to the search and find query parsers: each must answer — a result, or a refusal with a
// code — within 2 s, never crash the process, and never change user.db when it refuses. Seeded, so a
// failure is reproduced by its seed; bounded to about 40 s in all.
const SEED = Number(process.env.QIANWAN_FUZZ_SEED ?? 20261205);
const BUDGET_MS = 40_000;
const PER_INPUT_MS = 2_000;
// An input that waits (a lock, a worker that never answers) rather than works: far past any real read.
const WAIT_MS = 10_000;

const fixtures = path.resolve(__dirname, '..', '..', 'formats', '__tests__', 'fixtures');
const PROSE = '学习浙江“千万工程”经验，坚持以人民为中心的发展思想，一张蓝图绘到底，久久为功、善作善成，推动乡村全面振兴。';

let dir: string;
let services: Services;
let api: QianwanApi;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-fuzz-'));
  services = createServices({ dataDir: dir, libraryFile: path.join(dir, 'no-library.db') });
  api = createApi(services, 'browser');
});
afterAll(() => {
  services.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function checksum(): string {
  const hash = crypto.createHash('sha256');
  for (const suffix of ['', '-wal']) {
    const file = path.join(dir, `user.db${suffix}`);
    if (fs.existsSync(file)) hash.update(fs.readFileSync(file));
  }
  return hash.digest('hex');
}

/** A valid file of each kind, which the mutations below start from. */
async function seeds(): Promise<Array<{ name: string; bytes: Uint8Array }>> {
  const html = fs.readFileSync(path.join(fixtures, 'news-xinhua-style.html'));
  const mhtml = Buffer.from(
    ['MIME-Version: 1.0', 'Content-Type: multipart/related; boundary="b"', '', '--b', 'Content-Type: text/html; charset=utf-8', 'Content-Transfer-Encoding: base64', '', html.toString('base64').replace(/.{76}/g, '$&\r\n'), '--b--', ''].join('\r\n'),
    'latin1',
  );
  // A small pack of one own source, exported by the app itself.
  const job = await api.previewImport({ files: [{ name: 'seed.txt', dataBase64: Buffer.from(`学习心得\n${PROSE}\n${PROSE.slice(5)}`).toString('base64') }] });
  for (let i = 0; i < 200 && (await api.getImportJob({ jobId: job.id })).state === 'running'; i++) await new Promise((r) => setTimeout(r, 20));
  await api.commitImport({ jobId: job.id, sources: [{ index: 0, title: '种子', site: null, date: null, url: null }] });
  const pack = Buffer.from((await api.exportLibraryPack({})).dataBase64, 'base64');
  return [
    { name: 'a.txt', bytes: Buffer.from(`心得\n${PROSE}\n${PROSE}`) },
    { name: 'a.md', bytes: Buffer.from(`---\ntitle: "心得"\n---\n\n# 一、认识\n\n${PROSE}[@pabc]，**加粗**，\`代码\`，[链接](http://x)。\n\n> 引文^[脚注]\n`) },
    { name: 'a.html', bytes: html },
    { name: 'a.mhtml', bytes: mhtml },
    { name: 'a.docx', bytes: docxOf(['标题', PROSE, PROSE]) },
    { name: 'a.pdf', bytes: fs.readFileSync(path.join(fixtures, 'handout.pdf')) },
    { name: 'a.qwpack', bytes: pack },
  ];
}

const ADVERSARIAL = ['<div>'.repeat(3000), '['.repeat(5000), '*_'.repeat(3000), '`'.repeat(2000), '&#x4e00;'.repeat(2000), '\u0000'.repeat(500), '\r'.repeat(2000), '<!--'.repeat(1000), '<p>'.repeat(4000), '＜script＞'.repeat(500), '\ud800'.repeat(300), 'A总书记'.repeat(500), '=?utf-8?Q?'.repeat(200), '%PDF-1.7 '.repeat(100)];

function mutate(bytes: Uint8Array, rand: () => number): Uint8Array {
  const out = Buffer.from(bytes);
  switch (Math.floor(rand() * 6)) {
    case 0: // flip bytes
      for (let k = 0; k < 1 + rand() * 40; k++) out[Math.floor(rand() * out.length)] = Math.floor(rand() * 256);
      return out;
    case 1: // cut short
      return out.subarray(0, Math.floor(rand() * out.length));
    case 2: // insert adversarial text
    case 3: {
      const at = Math.floor(rand() * out.length);
      const insert = Buffer.from(ADVERSARIAL[Math.floor(rand() * ADVERSARIAL.length)]!, 'utf8');
      return Buffer.concat([out.subarray(0, at), insert, out.subarray(at)]);
    }
    case 4: // random bytes of the same kind of length
      return crypto.randomBytes(Math.max(1, Math.floor(rand() * 4096)));
    default: // splice two halves
      return Buffer.concat([out.subarray(0, Math.floor(out.length / 2)), out.subarray(Math.floor(out.length / 3))]);
  }
}

/**
 * The work an input costs: the process's CPU time (every thread, the draft reader's worker included),
 * which a loaded machine does not inflate as it does wall time (the suite runs beside other work);
 * and the wall time, which catches an input that waits instead of working.
 */
async function timed(run: () => Promise<unknown>): Promise<{ cpu: number; wall: number }> {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  try {
    await run();
  } catch (err) {
    // A refusal is an answer; anything but an ApiError is a crash.
    if (!(err instanceof ApiError)) throw err;
  }
  const c = process.cpuUsage(c0);
  return { cpu: (c.user + c.system) / 1000, wall: performance.now() - t0 };
}

describe('fuzz: every importer and the query parsers', () => {
  it('answers every input within 2 s, refuses with a code, and leaves user.db as it was on refusal', async () => {
    const rand = seededRandom(SEED);
    const started = performance.now();
    const starts = await seeds();
    let inputs = 0;
    let refusedViaApi = 0;
    while (performance.now() - started < BUDGET_MS * 0.75) {
      const seed = starts[inputs % starts.length]!;
      const bytes = mutate(seed.bytes, rand);
      const label = `${seed.name} (seed ${SEED}, input ${inputs})`;
      const readers: Array<() => Promise<unknown>> = seed.name.endsWith('.qwpack')
        ? [() => api.importLibraryPack({ name: seed.name, dataBase64: Buffer.from(bytes).toString('base64') })]
        : [() => readSourceFile(seed.name, bytes), ...(/\.(txt|md|docx)$/.test(seed.name) ? [() => readDraftFile(seed.name, bytes)] : [])];
      for (const read of readers) {
        const before = checksum();
        let refused = false;
        const ms = await timed(async () => {
          try {
            await read();
          } catch (err) {
            refused = true;
            throw err;
          }
        });
        expect(ms.cpu, `${label} took ${ms.cpu.toFixed(0)} ms of CPU`).toBeLessThan(PER_INPUT_MS);
        expect(ms.wall, `${label} took ${ms.wall.toFixed(0)} ms`).toBeLessThan(WAIT_MS);
        if (refused && seed.name.endsWith('.qwpack')) {
          refusedViaApi++;
          expect(checksum(), `${label} changed user.db`).toBe(before);
        }
      }
      inputs++;
    }
    // Every few inputs also went through the whole import: a refusal there must not touch user.db either.
    for (let k = 0; k < 6; k++) {
      const seed = starts[k % 6]!;
      const bytes = mutate(seed.bytes, rand);
      const before = checksum();
      const job = await api.previewImport({ files: [{ name: seed.name, dataBase64: Buffer.from(bytes).toString('base64') }] }).catch((err: unknown) => err);
      if (job instanceof ApiError) {
        expect(checksum()).toBe(before);
        continue;
      }
      const id = (job as { id: string }).id;
      let state = 'running';
      for (let i = 0; i < 200 && state === 'running'; i++) {
        state = (await api.getImportJob({ jobId: id })).state;
        await new Promise((r) => setTimeout(r, 10));
      }
      if (state === 'failed') expect(checksum()).toBe(before);
      await api.cancelImport({ jobId: id });
    }
    console.log(`fuzz: ${inputs} inputs to the importers, ${refusedViaApi} packs refused with user.db unchanged (seed ${SEED})`);
    expect(inputs).toBeGreaterThan(100);
  }, BUDGET_MS + 30_000);

  it('parses any search query and runs any find query within 2 s, refusing with a code', async () => {
    const rand = seededRandom(SEED + 1);
    const tools: FindTools = { fold: await loadSearchFoldTable(), compileRegex: await loadFindRegex() };
    const text = PROSE.repeat(200);
    const pieces = ['"', '-', ' ', '(a+)+b', '\\1', '(?=x)', '[', ']', '*', '?', '{1,999999}', '\\p{Han}', '千万', '乡', '\u200b', '\ud83d', '.*', '|', '^$', 'a'.repeat(50), '（', '工程'];
    const started = performance.now();
    let queries = 0;
    while (performance.now() - started < 8_000) {
      const query = Array.from({ length: 1 + Math.floor(rand() * 12) }, () => pieces[Math.floor(rand() * pieces.length)]!).join('');
      const c0 = process.cpuUsage();
      const parsed = parseSearchQuery(query.slice(0, 500));
      expect(Array.isArray(parsed.include)).toBe(true);
      for (const regex of [false, true]) {
        const finder = createFinder(query, { matchCase: rand() < 0.5, matchWidth: rand() < 0.5, regex }, tools, text.length);
        if (finder.ok) finder.find(text);
        else expect(finder.error.code, query).toMatch(/^[a-zA-Z_]+$/);
      }
      const c = process.cpuUsage(c0);
      expect((c.user + c.system) / 1000, `query ${JSON.stringify(query)}`).toBeLessThan(PER_INPUT_MS);
      queries++;
    }
    expect(queries).toBeGreaterThan(200);
  }, 30_000);
});
