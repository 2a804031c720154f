import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PORT_FILE } from '../../host/bindRememberedPort';
import { TOKEN_FILE } from '../../host/rememberedToken';
import { listenForServe, type EarlyServe } from '../listenForServe';

const started: EarlyServe[] = [];
afterEach(() => {
  for (const s of started.splice(0)) s.server.close();
});

function buffers() {
  const out: string[] = [];
  return { out, io: { stdout: (s: string) => void out.push(s), stderr: (s: string) => void out.push(s) } };
}

describe("serve's quick path (listen and print the address before the services load)", () => {
  it('binds the remembered port with the remembered token and prints the address with it', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-early-'));
    const { out, io } = buffers();
    const first = await listenForServe(['serve', '--no-open', '--data-dir', dataDir], io);
    expect(first).not.toBeNull();
    started.push(first!);
    const port = (first!.server.address() as { port: number }).port;
    expect(JSON.parse(fs.readFileSync(path.join(dataDir, PORT_FILE), 'utf8'))).toEqual({ port });
    expect(fs.readFileSync(path.join(dataDir, TOKEN_FILE), 'utf8').trim()).toBe(first!.token);
    expect(out.join('')).toContain(`http://127.0.0.1:${port}/?token=${first!.token}`);
    expect(first!.dataDir).toBe(dataDir);
    expect(fs.existsSync(path.join(first!.rendererDir, 'index.html'))).toBe(true);
  });

  it('leaves everything else to runCli: other commands, help, unknown options', async () => {
    const { out, io } = buffers();
    for (const argv of [['check', 'x.txt'], ['serve', '--help'], ['serve', '--no-such-option'], []]) expect(await listenForServe(argv, io)).toBeNull();
    expect(out).toEqual([]);
  });
});
