import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCX_PARSED_MAX, checkDocxArchive } from '../../formats/docx/checkDocxArchive';
import { DraftReader } from '../DraftReader';

// The reader worker as the app runs it: bundled from its source here, as `npm run build` bundles it.
let dir: string;
let workerFile: string;
beforeAll(async () => {
  // Inside the project, so the bundle finds node_modules as dist/ does.
  const results = path.resolve(__dirname, '../../../../test-results');
  fs.mkdirSync(results, { recursive: true });
  dir = fs.mkdtempSync(path.join(results, 'draft-worker-'));
  workerFile = path.join(dir, 'draft-worker.cjs');
  await build({ entryPoints: [path.join(__dirname, '..', 'draftWorkerMain.ts')], outfile: workerFile, bundle: true, platform: 'node', format: 'cjs', packages: 'external', logLevel: 'error' });
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const CONTENT_TYPES = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="bin" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const rels = (target: string) =>
  `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${target}"/></Relationships>`;
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const paragraphs = (n: number, text: string) => `<?xml version="1.0"?><w:document ${W}><w:body>${`<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`.repeat(n)}</w:body></w:document>`;

describe('a .docx is bounded by what its reader really opens', () => {
  it('refuses a main part renamed document.bin that unpacks past the parse limit, before any parsing', () => {
    const xml = paragraphs(Math.ceil((DOCX_PARSED_MAX * 1.2) / 60), '乡村振兴'.repeat(4));
    const docx = zipSync({ '[Content_Types].xml': strToU8(CONTENT_TYPES), '_rels/.rels': strToU8(rels('word/document.bin')), 'word/document.xml': strToU8(paragraphs(1, '诱饵')), 'word/document.bin': strToU8(xml) }, { level: 6 });
    expect(docx.length).toBeLessThan(5 * 1024 * 1024);
    const t0 = performance.now();
    expect(() => checkDocxArchive(docx, '改名.docx')).toThrow(expect.objectContaining({ code: 'file_unpack_limit' }));
    // Only inflating, no XML parsing: far under the 14 s mammoth took on it.
    expect(performance.now() - t0).toBeLessThan(5000);
  });

  it('counts a picture toward the archive, not the parse limit', () => {
    const png = new Uint8Array(DOCX_PARSED_MAX + 1024);
    png.set([0x89, 0x50, 0x4e, 0x47]);
    const docx = zipSync({ '[Content_Types].xml': strToU8(CONTENT_TYPES), '_rels/.rels': strToU8(rels('word/document.xml')), 'word/document.xml': strToU8(paragraphs(3, '正文')), 'word/media/image1.png': png }, { level: 1 });
    expect(checkDocxArchive(docx, '有图.docx')).toBe('docx');
  });
});

describe('DraftReader reads files off the service thread', () => {
  it('keeps the event loop free while a large document is read, and returns the document', async () => {
    const xml = paragraphs(60_000, '各地坚持因地制宜、分类施策，持续推进农村人居环境整治提升。');
    const docx = zipSync({ '[Content_Types].xml': strToU8(CONTENT_TYPES.replace('Extension="bin"', 'Extension="unused"')), '_rels/.rels': strToU8(rels('word/document.xml')), 'word/document.xml': strToU8(xml) }, { level: 6 });
    const reader = new DraftReader(workerFile);
    let worstGap = 0;
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      worstGap = Math.max(worstGap, now - last);
      last = now;
    }, 10);
    const t0 = performance.now();
    const draft = await reader.read('大文稿.docx', docx).finally(() => clearInterval(timer));
    const took = performance.now() - t0;
    expect(draft.doc.content.length).toBe(60_000);
    // The read takes seconds; the service thread never waited more than a moment for it.
    expect(took).toBeGreaterThan(500);
    expect(worstGap).toBeLessThan(took / 4);
  }, 120_000);

  it('refuses in the worker with the same codes, and stops a read that runs past its time', async () => {
    await expect(new DraftReader(workerFile).read('假.docx', strToU8('不是 zip'))).rejects.toMatchObject({ code: 'file_damaged', detail: '假.docx' });
    const slow = new DraftReader(workerFile, { timeoutMs: 1, heapMb: 256 });
    const docx = zipSync({ '[Content_Types].xml': strToU8(CONTENT_TYPES), '_rels/.rels': strToU8(rels('word/document.xml')), 'word/document.xml': strToU8(paragraphs(20_000, '正文')) });
    await expect(slow.read('慢.docx', docx)).rejects.toMatchObject({ code: 'file_too_complex' });
  }, 60_000);
});
