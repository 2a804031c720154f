import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QianwanApi } from '../../../shared/api/QianwanApi';
import { createApi } from '../../api/createApi';
import { createServices, type Services } from '../../api/createServices';
import { buildLibrary } from '../../library/buildLibrary';

let dir: string;
let services: Services;
let api: QianwanApi;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-check-appendix-'));
  const libraryFile = path.join(dir, 'library.db');
  await buildLibrary(path.resolve(__dirname, '../../../../resources/corpus'), libraryFile);
  services = createServices({ dataDir: path.join(dir, 'data'), libraryFile });
  api = createApi(services, 'browser');
}, 60_000);
afterAll(() => {
  services.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('export with the check report as an appendix', () => {
  it('checks the draft and writes the report after the body, in DOCX and Markdown; without the option, no report', async () => {
    const [passage] = (await api.searchLibrary({ query: '千万工程', limit: 1 })).results;
    const borrowed = passage!.text;
    const doc = await api.createDocument({
      title: '我的心得',
      content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `我的体会是这样的。${borrowed}` }] }] } as never,
    });
    const docx = await api.exportDocument({ id: doc.id, format: 'docx', layout: 'plain', checkAppendix: true });
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(docx.dataBase64, 'base64') })).value;
    const body = text.indexOf('我的体会是这样的');
    const report = text.indexOf('查重与引用核查报告');
    expect(body).toBeGreaterThanOrEqual(0);
    expect(report).toBeGreaterThan(body);
    // The span it found, quoted in the report, is the borrowed passage.
    expect(text.slice(report)).toContain(borrowed.slice(0, 20));

    const md = Buffer.from((await api.exportDocument({ id: doc.id, format: 'md', checkAppendix: true })).dataBase64, 'base64').toString('utf8');
    expect(md).toContain('查重与引用核查报告');
    const plain = Buffer.from((await api.exportDocument({ id: doc.id, format: 'md' })).dataBase64, 'base64').toString('utf8');
    expect(plain).not.toContain('查重与引用核查报告');
    // The stored document is not changed by an export with the appendix.
    expect(JSON.stringify((await api.getDocument({ id: doc.id })).content)).not.toContain('查重与引用核查报告');
  }, 60_000);
});
