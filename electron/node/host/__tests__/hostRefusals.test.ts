import { DOC_DEPTH_MAX } from '../../../shared/api/apiLimits';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBoundApi } from '../../api/createApi';
import { createServices, type Services } from '../../api/createServices';
import { tokensEqual } from '../hostSecurity';
import { startBrowserHost, type BrowserHost } from '../startBrowserHost';

// The refusals startBrowserHost.test.ts does not already cover, one request each, over real HTTP.

let dir: string;
let services: Services;
let host: BrowserHost;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-host-refusals-'));
  const renderer = path.join(dir, 'renderer');
  fs.mkdirSync(path.join(renderer, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(renderer, 'index.html'), '<meta name="qianwan-token" content="%QIANWAN_TOKEN%">');
  fs.writeFileSync(path.join(renderer, 'assets', 'app.js'), '1');
  services = createServices({ dataDir: path.join(dir, 'data'), libraryFile: path.join(dir, 'missing.db') });
  host = await startBrowserHost({ api: createBoundApi(services, 'browser'), rendererDir: renderer });
});

afterAll(async () => {
  await host.close();
  services.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function raw(opts: { path: string; method?: string; headers?: Record<string, string | undefined>; body?: string }): Promise<{ status: number; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { host: `127.0.0.1:${host.port}` };
    for (const [k, v] of Object.entries(opts.headers ?? {})) {
      if (v === undefined) delete headers[k];
      else headers[k] = v;
    }
    const req = http.request({ host: '127.0.0.1', port: host.port, path: opts.path, method: opts.method ?? 'GET', headers, setHost: false }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
    });
    req.on('error', reject);
    if (opts.body) req.write(opts.body);
    req.end();
  });
}

const json = { 'content-type': 'application/json' };

describe('browser host refusals', () => {
  it('compares tokens in constant time and refuses near misses', () => {
    expect(tokensEqual(host.token, host.token)).toBe(true);
    expect(tokensEqual(host.token.slice(0, -1), host.token)).toBe(false);
    expect(tokensEqual(`${host.token.slice(0, -1)}${host.token.endsWith('A') ? 'B' : 'A'}`, host.token)).toBe(false);
    expect(tokensEqual('', host.token)).toBe(false);
    expect(tokensEqual(null, host.token)).toBe(false);
    expect(fs.readFileSync(path.resolve(__dirname, '../hostSecurity.ts'), 'utf8')).toContain('timingSafeEqual(a, b)');
  });

  it('refuses a wrong token in the header or the cookie', async () => {
    expect((await raw({ path: '/api/listDocuments', method: 'POST', headers: { ...json, 'x-qianwan-token': 'x'.repeat(host.token.length) }, body: '{}' })).status).toBe(401);
    expect((await raw({ path: '/assets/app.js', headers: { cookie: `qianwan_assets_${host.port}=guess` } })).status).toBe(401);
    expect((await raw({ path: '/assets/app.js', headers: { cookie: `qianwan_token=${host.token}` } })).status).toBe(401);
  });

  it('refuses a missing or foreign Host and a null or foreign Origin', async () => {
    const t = { 'x-qianwan-token': host.token, ...json };
    // Node itself answers an HTTP/1.1 request without Host with 400 before the handler runs.
    expect([400, 403]).toContain((await raw({ path: '/api/listDocuments', method: 'POST', headers: { ...t, host: undefined }, body: '{}' })).status);
    expect((await raw({ path: '/api/listDocuments', method: 'POST', headers: { ...t, host: `127.0.0.1:${host.port + 1}` }, body: '{}' })).status).toBe(403);
    expect((await raw({ path: '/api/listDocuments', method: 'POST', headers: { ...t, host: '127.0.0.1.evil.example' }, body: '{}' })).status).toBe(403);
    expect((await raw({ path: '/api/listDocuments', method: 'POST', headers: { ...t, origin: 'null' }, body: '{}' })).status).toBe(403);
    expect((await raw({ path: '/api/listDocuments', method: 'POST', headers: { ...t, origin: `http://localhost.evil.example:${host.port}` }, body: '{}' })).status).toBe(403);
    expect((await raw({ path: '/api/listDocuments', method: 'POST', headers: { ...t, host: `localhost:${host.port}` }, body: '{}' })).status).toBe(200);
  });

  it('answers no preflight and no other method', async () => {
    const preflight = await raw({ path: '/api/listDocuments', method: 'OPTIONS', headers: { origin: 'http://evil.example', 'access-control-request-method': 'POST', 'x-qianwan-token': host.token } });
    expect(preflight.status).toBe(403);
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    expect((await raw({ path: '/api/listDocuments', method: 'GET', headers: { 'x-qianwan-token': host.token } })).status).toBe(405);
    expect((await raw({ path: `/?token=${host.token}`, method: 'PUT' })).status).toBe(405);
  });

  it('answers a malformed address with the page on how to open the app, not a TypeError (#20)', async () => {
    const r = await raw({ path: '//[bad' });
    expect(r.status).toBe(400);
    expect(r.headers['content-type']).toContain('text/html');
    const page = await raw({ path: '/' });
    expect(page.status).toBe(401);
    expect(page.headers['content-type']).toContain('text/html');
  });

  it('answers 400 with the reason for a document nested 20,000 deep (it was 500 "Maximum call stack size exceeded")', async () => {
    const body = `{"title":"深","content":{"type":"doc","content":[${'{"type":"blockquote","content":['.repeat(20_000)}{"type":"paragraph"}${']}'.repeat(20_000)}]}}`;
    const res = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port: host.port, path: '/api/createDocument', method: 'POST', headers: { host: `127.0.0.1:${host.port}`, ...json, 'x-qianwan-token': host.token } }, (r) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => resolve({ status: r.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      });
      req.on('error', reject);
      req.end(body);
    });
    expect(res.status).toBe(422);
    expect(JSON.parse(res.body)).toEqual({ ok: false, error: { code: 'document_too_deep', detail: DOC_DEPTH_MAX } });
  });

  it('refuses a malformed JSON body', async () => {
    expect((await raw({ path: '/api/listDocuments', method: 'POST', headers: { ...json, 'x-qianwan-token': host.token }, body: '{"a":' })).status).toBe(400);
  });

  it('sends the CSP and nosniff with every page and asset, and a SameSite=Strict cookie', async () => {
    const page = await raw({ path: `/?token=${host.token}` });
    expect(String(page.headers['set-cookie'])).toContain('SameSite=Strict');
    const cookie = (page.headers['set-cookie'] ?? []).find((c) => c.startsWith('qianwan_assets_'))!.split(';')[0]!;
    const asset = await raw({ path: '/assets/app.js', headers: { cookie } });
    for (const res of [page, asset]) {
      expect(res.headers['content-security-policy']).toContain("default-src 'self'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
    // The page carries the token and is never stored; hashed assets are cached for good.
    expect(page.headers['cache-control']).toBe('no-store');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('cannot be reached on any address but 127.0.0.1', async () => {
    const others = ['::1', ...Object.values(os.networkInterfaces()).flat().filter((i) => i && !i.internal).map((i) => i!.address)];
    for (const address of others) {
      const reached = await new Promise<boolean>((resolve) => {
        const socket = net.connect({ host: address, port: host.port, timeout: 1000 }, () => {
          socket.destroy();
          resolve(true);
        });
        socket.on('error', () => resolve(false));
        socket.on('timeout', () => (socket.destroy(), resolve(false)));
      });
      expect(reached, address).toBe(false);
    }
  });
});
