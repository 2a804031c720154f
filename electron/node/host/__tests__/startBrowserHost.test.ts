import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBoundApi } from '../../api/createApi';
import { createServices, type Services } from '../../api/createServices';
import { MAX_BODY_BYTES, startBrowserHost, type BrowserHost } from '../startBrowserHost';

let dir: string;
let services: Services;
let host: BrowserHost;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-host-'));
  const renderer = path.join(dir, 'renderer');
  fs.mkdirSync(path.join(renderer, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(renderer, 'index.html'), '<meta name="qianwan-token" content="%QIANWAN_TOKEN%"><p>app</p>');
  fs.writeFileSync(path.join(renderer, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'secret');
  services = createServices({ dataDir: path.join(dir, 'data'), libraryFile: path.join(dir, 'missing-library.db') });
  host = await startBrowserHost({ api: createBoundApi(services, 'browser'), rendererDir: renderer });
});

afterAll(async () => {
  await host.close();
  services.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Raw HTTP, so Host and Origin can be set the way a hostile page or a rebinding attack would. */
function request(opts: { path: string; method?: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: host.port, path: opts.path, method: opts.method ?? 'GET', headers: { host: `127.0.0.1:${host.port}`, ...opts.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    if (opts.body) req.write(opts.body);
    req.end();
  });
}

/** The asset cookie the page sets, as a browser would send it back. */
function assetCookie(headers: http.IncomingHttpHeaders): string {
  return (headers['set-cookie'] ?? []).find((c) => c.startsWith('qianwan_assets_'))!.split(';')[0]!;
}

const api = (method: string, body: unknown, headers: Record<string, string> = {}) =>
  request({ path: `/api/${method}`, method: 'POST', headers: { 'content-type': 'application/json', 'x-qianwan-token': host.token, ...headers }, body: JSON.stringify(body) });

describe('browser host', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(host.url.startsWith(`http://127.0.0.1:${host.port}/?token=`)).toBe(true);
  });

  it('refuses every request without the token with 401', async () => {
    expect((await request({ path: '/' })).status).toBe(401);
    expect((await request({ path: '/assets/app.js' })).status).toBe(401);
    expect((await request({ path: '/api/listDocuments', method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status).toBe(401);
    expect((await request({ path: '/?token=wrong' })).status).toBe(401);
  });

  it('serves the page with the token, a CSP and an HttpOnly cookie that authorises assets', async () => {
    const page = await request({ path: `/?token=${host.token}` });
    expect(page.status).toBe(200);
    expect(page.body).toContain(`content="${host.token}"`);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    const cookie = assetCookie(page.headers);
    expect(String(page.headers['set-cookie'])).toContain('HttpOnly');
    const asset = await request({ path: '/assets/app.js', headers: { cookie } });
    expect(asset.status).toBe(200);
    expect(asset.body).toBe('console.log(1)');
  });

  it('never puts the token in a cookie: the asset cookie is per port, holds another key, and opens neither the API nor the page', async () => {
    const page = await request({ path: `/?token=${host.token}` });
    const setCookie = page.headers['set-cookie'] ?? [];
    // Sent to every port of 127.0.0.1 by the browser, so it must not carry the token…
    expect(setCookie.join('\n')).not.toContain(host.token);
    const cookie = assetCookie(page.headers);
    expect(cookie.startsWith(`qianwan_assets_${host.port}=`)).toBe(true);
    // …and the old cookie that did is expired.
    expect(setCookie).toContain('qianwan_token=; Path=/; Max-Age=0');
    expect((await request({ path: '/api/listDocuments', method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: '{}' })).status).toBe(401);
    expect((await request({ path: '/api/listDocuments', method: 'POST', headers: { 'content-type': 'application/json', cookie: `qianwan_token=${host.token}` }, body: '{}' })).status).toBe(401);
    expect((await request({ path: `/api/listDocuments?token=${host.token}`, method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status).toBe(401);
    for (const pagePath of ['/', '/index.html', '//index.html', '/assets/../index.html']) expect((await request({ path: pagePath, headers: { cookie } })).status, pagePath).toBe(401);
    // Another port's cookie opens nothing here.
    const other = cookie.replace(`qianwan_assets_${host.port}=`, `qianwan_assets_${host.port + 1}=`);
    expect((await request({ path: '/assets/app.js', headers: { cookie: other } })).status).toBe(401);
  });

  it('checks Host and Origin against DNS rebinding and cross-site calls', async () => {
    expect((await request({ path: `/?token=${host.token}`, headers: { host: `evil.example:${host.port}` } })).status).toBe(403);
    expect((await api('listDocuments', {}, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await api('listDocuments', {}, { origin: `http://127.0.0.1:${host.port}` })).status).toBe(200);
  });

  it('sends no CORS headers and requires a JSON content type for API calls', async () => {
    const res = await api('listDocuments', {});
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    const form = await request({ path: '/api/listDocuments', method: 'POST', headers: { 'x-qianwan-token': host.token, 'content-type': 'text/plain' }, body: '{}' });
    expect(form.status).toBe(415);
  });

  it('calls the contract, validates input and reports errors as codes', async () => {
    const created = await api('createDocument', { title: '研讨发言' });
    expect(created.status).toBe(200);
    const doc = JSON.parse(created.body).result as { id: string; title: string };
    expect(doc.title).toBe('研讨发言');
    const list = JSON.parse((await api('listDocuments', {})).body).result as Array<{ id: string }>;
    expect(list.map((d) => d.id)).toContain(doc.id);
    const bad = await api('renameDocument', { id: doc.id, title: 'x'.repeat(500) });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toEqual({ ok: false, error: { code: 'invalid_input', detail: 'renameDocument.title' } });
    const extra = await api('listDocuments', { sql: 'DROP TABLE documents' });
    expect(extra.status).toBe(400);
    expect((await api('noSuchMethod', {})).status).toBe(404);
    // A file the user chose that cannot be opened is the request's fault, with its own status: not 500.
    const refused = async (name: string, data: string) => {
      const res = await api('importDocument', { name, dataBase64: Buffer.from(data).toString('base64') });
      return { status: res.status, code: (JSON.parse(res.body) as { error: { code: string } }).error.code };
    };
    expect(await refused('坏的.docx', 'not a zip file at all')).toEqual({ status: 422, code: 'file_damaged' });
    expect(await refused('空的.txt', '')).toEqual({ status: 422, code: 'file_empty' });
    expect(await refused('程序.exe', 'MZ')).toEqual({ status: 415, code: 'unsupported_draft' });
    const missing = await api('getDocument', { id: 'nope' });
    expect(missing.status).toBe(404);
  });

  it('refuses bodies over the limit and paths outside the renderer folder', async () => {
    const big = await request({
      path: '/api/saveDocument',
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-qianwan-token': host.token },
      body: Buffer.alloc(MAX_BODY_BYTES + 10, 0x20),
    });
    expect(big.status).toBe(413);
    expect((await request({ path: `/..%2fsecret.txt?token=${host.token}` })).status).toBe(404);
    expect((await request({ path: `/../secret.txt?token=${host.token}` })).body).not.toContain('secret');
  });

  it('serves only regular files whose real path is inside the renderer folder: no link to user.db, the data folder, a device or a FIFO', async () => {
    const assets = path.join(dir, 'renderer', 'assets');
    const data = path.join(dir, 'data');
    expect(fs.existsSync(path.join(data, 'user.db'))).toBe(true);
    fs.symlinkSync(path.join(data, 'user.db'), path.join(assets, 'db.js'));
    fs.symlinkSync(data, path.join(assets, 'data'));
    fs.symlinkSync(path.join(dir, 'secret.txt'), path.join(dir, 'renderer', 'secret.txt'));
    fs.symlinkSync('/dev/zero', path.join(assets, 'zero.js'));
    execFileSync('mkfifo', [path.join(assets, 'fifo.js')]);
    fs.symlinkSync(path.join(assets, 'app.js'), path.join(assets, 'alias.js'));
    for (const refused of ['/assets/db.js', '/assets/data/user.db', '/secret.txt', '/assets/zero.js', '/assets/fifo.js', '/assets/', '/assets']) {
      const res = await request({ path: `${refused}?token=${host.token}` });
      expect(res.status, refused).toBe(404);
      expect(res.body).not.toContain('SQLite format');
    }
    // A link that stays inside the folder is still a file of the renderer.
    expect((await request({ path: `/assets/alias.js?token=${host.token}` })).body).toBe('console.log(1)');
  });
});
