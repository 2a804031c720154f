import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keepNativeBuilds } from '../keepNativeBuilds.mjs';

let tmp: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-keep-'));
});
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A module's build/ as npm left it: the Node-ABI binary plus other build output. */
function nodeBuild(): string {
  const build = path.join(tmp, 'node_modules', 'better-sqlite3', 'build');
  fs.mkdirSync(path.join(build, 'Release', 'obj'), { recursive: true });
  fs.writeFileSync(path.join(build, 'Release', 'better_sqlite3.node'), 'node-abi-127');
  fs.writeFileSync(path.join(build, 'Release', 'obj', 'x.o'), 'object');
  return build;
}

describe('keepNativeBuilds', () => {
  it('puts the Node build back after electron-builder replaced it with the Electron build', async () => {
    const build = nodeBuild();
    const result = await keepNativeBuilds([build], () => {
      // What node-gyp does for Electron: remove build/ and compile afresh.
      fs.rmSync(build, { recursive: true });
      fs.mkdirSync(path.join(build, 'Release'), { recursive: true });
      fs.writeFileSync(path.join(build, 'Release', 'better_sqlite3.node'), 'electron-abi-145');
      fs.writeFileSync(path.join(build, 'Release', 'extra.txt'), 'left over');
      return 'packaged';
    });
    expect(result).toBe('packaged');
    expect(fs.readFileSync(path.join(build, 'Release', 'better_sqlite3.node'), 'utf8')).toBe('node-abi-127');
    expect(fs.existsSync(path.join(build, 'Release', 'obj', 'x.o'))).toBe(true);
    expect(fs.existsSync(path.join(build, 'Release', 'extra.txt'))).toBe(false);
  });

  it('restores it when packaging fails half-way, with build/ deleted, and passes the failure on', async () => {
    const build = nodeBuild();
    await expect(
      keepNativeBuilds([build], async () => {
        fs.rmSync(build, { recursive: true });
        throw new Error("node-gyp failed to rebuild 'better-sqlite3'");
      }),
    ).rejects.toThrow(/node-gyp failed/);
    expect(fs.readFileSync(path.join(build, 'Release', 'better_sqlite3.node'), 'utf8')).toBe('node-abi-127');
  });

  it('leaves no build folder behind for a module that had none', async () => {
    const missing = path.join(tmp, 'node_modules', 'other', 'build');
    await keepNativeBuilds([missing], () => fs.mkdirSync(missing, { recursive: true }));
    expect(fs.existsSync(missing)).toBe(false);
  });
});
