import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACK_FILE_MAX } from '../../../../shared/api/apiLimits';
import { createBoundApi } from '../../../api/createApi';
import { createServices, type Services } from '../../../api/createServices';
import { writePack } from '../../../formats/pack/writePack';
import { startBrowserHost, type BrowserHost } from '../../../host/startBrowserHost';

// A pack of the largest size a pack may have travels in one request of the browser host (base64 in
// JSON, under its 32 MB body limit); one over the size is refused by name, not cut off.

let dir: string;
let services: Services;
let host: BrowserHost;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-pack-http-'));
  fs.mkdirSync(path.join(dir, 'renderer'));
  fs.writeFileSync(path.join(dir, 'renderer', 'index.html'), '<p>app</p>');
  services = createServices({ dataDir: path.join(dir, 'data'), libraryFile: path.join(dir, 'missing-library.db') });
  host = await startBrowserHost({ api: createBoundApi(services, 'browser'), rendererDir: path.join(dir, 'renderer') });
});
afterAll(async () => {
  await host.close();
  services.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A pack of one source whose original is a PDF of `bytes` random bytes (stored, so the pack is about as large). */
async function packOf(bytes: number): Promise<Uint8Array> {
  const raw = '学习“千万工程”经验，坚持以人民为中心的发展思想，久久为功、善作善成。';
  const id = `u${crypto.randomBytes(6).toString('hex')}`;
  return writePack(
    [
      {
        original: { format: 'pdf', bytes: crypto.randomBytes(bytes), fromRawText: false },
        rows: {
          sources: [{ id, file_name: '汇编.pdf', title: '学习资料汇编', raw_text: raw, imported_at: new Date().toISOString() }],
          works: [{ id: `${id}w0`, source_id: id, ord: 0, title: '学习资料汇编' }],
          passages: [{ id: `p${id}`, text: raw, heading: null, kind: '论述', themes: '[]', rules: '[]', incomplete: 0, work_id: `${id}w0` }],
          occurrences: [{ passage_id: `p${id}`, source_id: id, work_id: `${id}w0`, ord: 0, start: 0, end: raw.length }],
          report: [],
        },
      },
    ],
    { appVersion: '0.1.0', createdAt: new Date().toISOString() },
  );
}

function post(method: string, body: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const data = Buffer.from(JSON.stringify(body));
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: host.port, path: `/api/${method}`, method: 'POST', headers: { host: `127.0.0.1:${host.port}`, 'content-type': 'application/json', 'content-length': data.length, 'x-qianwan-token': host.token } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown> }));
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}

describe('a library pack over the browser host', () => {
  it('imports a pack of the largest size in one request', async () => {
    const pack = await packOf(PACK_FILE_MAX - 64 * 1024);
    expect(pack.length).toBeLessThanOrEqual(PACK_FILE_MAX);
    expect(pack.length).toBeGreaterThan(PACK_FILE_MAX - 128 * 1024);
    const res = await post('importLibraryPack', { name: '汇编.qwpack', dataBase64: Buffer.from(pack).toString('base64') });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.result).toMatchObject({ sources: [{ title: '学习资料汇编', added: true }], passages: { added: 1, present: 0 } });
    const kept = services.userDb.prepare('SELECT length(bytes) AS n FROM source_originals').get() as { n: number };
    expect(kept.n).toBe(PACK_FILE_MAX - 64 * 1024);
  });

  it('refuses a larger pack by name and size', async () => {
    const pack = await packOf(PACK_FILE_MAX + 512 * 1024);
    const res = await post('importLibraryPack', { name: '太大的材料包.qwpack', dataBase64: Buffer.from(pack).toString('base64') });
    expect(res.body).toEqual({ ok: false, error: { code: 'file_too_large', detail: { file: '太大的材料包.qwpack', mb: '20.5', limit: 20 } } });
  });
});
