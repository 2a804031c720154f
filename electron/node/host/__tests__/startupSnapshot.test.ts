import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StartupSnapshot } from '../../../shared/api/StartupSnapshot';
import { createBoundApi } from '../../api/createApi';
import { createServices, type Services } from '../../api/createServices';
import { readStartupSnapshot } from '../readStartupSnapshot';
import { startBrowserHost, type BrowserHost } from '../startBrowserHost';

let dir: string;
let services: Services;
let host: BrowserHost;
const TITLE = '学习心得 </script><script>alert(1)</script>';

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-snapshot-'));
  const renderer = path.join(dir, 'renderer');
  fs.mkdirSync(renderer, { recursive: true });
  fs.writeFileSync(path.join(renderer, 'index.html'), '<html><head><meta name="qianwan-token" content="%QIANWAN_TOKEN%"></head><body></body></html>');
  services = createServices({ dataDir: path.join(dir, 'data'), libraryFile: path.join(dir, 'missing-library.db') });
  services.documents.create({ title: '旧的', content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '旧' }] }] } });
  services.documents.create({ title: TITLE, content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '正文 <b>不是标签</b>' }] }] } });
  // The API as the serve command passes it: reached through a function, set after listening.
  const bound = createBoundApi(services, 'browser');
  host = await startBrowserHost({ api: () => bound, rendererDir: renderer, startupSnapshot: readStartupSnapshot });
});

afterAll(async () => {
  await host.close();
  services.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function embedded(html: string): StartupSnapshot {
  const m = /<script type="application\/json" id="qianwan-startup">([^<]*)<\/script><\/body>/.exec(html);
  expect(m, html.slice(0, 300)).not.toBeNull();
  return JSON.parse(m![1]!) as StartupSnapshot;
}

describe('the page the browser host serves', () => {
  it('carries the first screen: preferences, both lists and the newest document, intact', async () => {
    const res = await fetch(host.url);
    const html = await res.text();
    const snap = embedded(html);
    expect(snap.preferences.locale).toBe('zh-CN');
    expect(snap.documents.map((d) => d.title)).toEqual([TITLE, '旧的']);
    expect(snap.trash).toEqual([]);
    expect(snap.first?.title).toBe(TITLE);
    expect(JSON.stringify(snap.first?.content)).toContain('正文 <b>不是标签</b>');
    // Text in it cannot end the element or start markup: every < is escaped.
    expect(html.match(/<\/script>/g)).toHaveLength(1);
  });

  it('reads it ahead while the window starts, once; an API call before the page discards it', async () => {
    let reads = 0;
    const counted = await startBrowserHost({
      api: () => createBoundApi(services, 'browser'),
      rendererDir: path.join(dir, 'renderer'),
      startupSnapshot: (api) => (reads++, readStartupSnapshot(api)),
    });
    try {
      counted.prepareStartupSnapshot();
      expect(reads).toBe(1);
      expect(embedded(await (await fetch(counted.url)).text()).first?.title).toBe(TITLE);
      expect(reads).toBe(1);
      // A reload reads afresh.
      await fetch(counted.url);
      expect(reads).toBe(2);

      counted.prepareStartupSnapshot();
      const created = await fetch(new URL('/api/createDocument', counted.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-qianwan-token': counted.token },
        body: JSON.stringify({ title: '经接口写的' }),
      });
      expect(created.status).toBe(200);
      expect(embedded(await (await fetch(counted.url)).text()).first?.title).toBe('经接口写的');
      expect(reads).toBe(4);
    } finally {
      await counted.close();
    }
  });

  it('leaves it out when the data cannot be read, so the page asks and shows why', async () => {
    const renderer = path.join(dir, 'renderer');
    const broken = await startBrowserHost({
      api: () => {
        const bound = createBoundApi(services, 'browser');
        return { ...bound, api: { ...bound.api, listDocuments: () => Promise.reject(new Error('refused')) } };
      },
      rendererDir: renderer,
      startupSnapshot: readStartupSnapshot,
    });
    try {
      const html = await (await fetch(broken.url)).text();
      expect(html).not.toContain('qianwan-startup');
      expect(html).toContain(broken.token);
    } finally {
      await broken.close();
    }
  });
});
