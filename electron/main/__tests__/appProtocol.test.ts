import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_PAGE_URL, serveRendererFiles } from '../appProtocol';

// protocol.handle's handler with real files: the renderer folder, a secret beside it, and a link.
let dir: string;
let serve: (request: Request) => Promise<Response>;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qianwan-protocol-'));
  fs.mkdirSync(path.join(dir, 'renderer', 'assets'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'renderer', 'index.html'), '<!doctype html><title>千万</title>');
  fs.writeFileSync(path.join(dir, 'renderer', 'assets', 'index-abc.js'), 'console.log(1)');
  fs.writeFileSync(path.join(dir, 'user.db'), 'SECRET');
  fs.symlinkSync(path.join(dir, 'user.db'), path.join(dir, 'renderer', 'assets', 'linked.js'));
  serve = serveRendererFiles(path.join(dir, 'renderer'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const status = async (url: string, method = 'GET') => (await serve(new Request(url, { method }))).status;

describe('app:// protocol', () => {
  it('serves the page and its assets with their types and the CSP', async () => {
    const page = await serve(new Request(APP_PAGE_URL));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('千万');
    const script = await serve(new Request('app://qianwan/assets/index-abc.js'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await serve(new Request('app://qianwan/'))).status).toBe(200);
    const head = await serve(new Request(APP_PAGE_URL, { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('serves nothing outside the renderer folder: traversal, encoded traversal, links, directories', async () => {
    for (const url of [
      'app://qianwan/%2e%2e/user.db',
      'app://qianwan/assets/%2e%2e%2f%2e%2e%2fuser.db',
      'app://qianwan/..%5cuser.db',
      'app://qianwan/assets/linked.js',
      'app://qianwan/assets',
      'app://qianwan/assets/',
      'app://qianwan/%00index.html',
      'app://qianwan/%E0%A4%A',
      'app://qianwan/missing.js',
    ]) {
      const res = await serve(new Request(url));
      expect(res.status, url).toBe(404);
      expect(await res.text(), url).not.toContain('SECRET');
    }
  });

  it('answers only our host and only GET and HEAD', async () => {
    expect(await status('app://elsewhere/index.html')).toBe(404);
    expect(await status(APP_PAGE_URL, 'POST')).toBe(405);
    expect(await status(APP_PAGE_URL, 'PUT')).toBe(405);
  });
});
