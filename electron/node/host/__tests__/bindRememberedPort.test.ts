import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BoundApi } from '../../api/bindApi';
import { startBrowserHost, type BrowserHost } from '../startBrowserHost';
import { bindRememberedPort, PORT_FILE } from '../bindRememberedPort';

let dir: string;
let renderer: string;
const open: BrowserHost[] = [];

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-port-'));
  renderer = path.join(dir, 'renderer');
  fs.mkdirSync(renderer);
  fs.writeFileSync(path.join(renderer, 'index.html'), '<p>app</p>');
});

afterEach(async () => {
  for (const host of open.splice(0)) await host.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

// No request reaches the API here: only where the host listens is under test.
const api = (): BoundApi => {
  throw new Error('no request reaches the API here');
};

async function start(dataDir: string): Promise<BrowserHost> {
  const host = await startBrowserHost({ api, rendererDir: renderer, server: await bindRememberedPort(dataDir) });
  open.push(host);
  return host;
}

async function status(host: BrowserHost): Promise<number> {
  return (await fetch(host.url)).status;
}

describe('the browser host on its remembered port', () => {
  it('listens on the same port at the next start, so the page keeps its origin', async () => {
    const data = path.join(dir, 'data');
    const first = await start(data);
    expect(JSON.parse(fs.readFileSync(path.join(data, PORT_FILE), 'utf8'))).toEqual({ port: first.port });
    await first.close();
    open.splice(0);
    const second = await start(data);
    expect(second.port).toBe(first.port);
    expect(await status(second)).toBe(200);
  });

  it('takes another port when the remembered one is in use, and remembers that one', async () => {
    const data = path.join(dir, 'data');
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', () => resolve()));
    const taken = (blocker.address() as net.AddressInfo).port;
    fs.mkdirSync(data, { recursive: true });
    fs.writeFileSync(path.join(data, PORT_FILE), JSON.stringify({ port: taken }));
    try {
      const host = await start(data);
      expect(host.port).not.toBe(taken);
      expect(await status(host)).toBe(200);
      expect(JSON.parse(fs.readFileSync(path.join(data, PORT_FILE), 'utf8'))).toEqual({ port: host.port });
    } finally {
      await new Promise<void>((resolve) => blocker.close(() => resolve()));
    }
  });

  it('ignores a damaged or out-of-range port file', async () => {
    const data = path.join(dir, 'data');
    fs.mkdirSync(data, { recursive: true });
    for (const content of ['{', '{"port": 80}', '{"port": "8080"}', '']) {
      fs.writeFileSync(path.join(data, PORT_FILE), content);
      const host = await start(data);
      expect(host.port).toBeGreaterThanOrEqual(1024);
      expect(await status(host)).toBe(200);
      await host.close();
      open.splice(0);
    }
  });
});
