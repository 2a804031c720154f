import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..', '..');
let tmp: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-dist-test-'));
});
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** `npm run dist:dir` with every place an Electron runtime could come from pointed at `tmp`. */
function dist(env: NodeJS.ProcessEnv) {
  const cache = path.join(tmp, 'cache');
  const r = spawnSync(process.execPath, [path.join(root, 'scripts', 'dist.mjs'), '--dir'], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, HOME: tmp, USERPROFILE: tmp, LOCALAPPDATA: cache, XDG_CACHE_HOME: cache, ELECTRON_CACHE: cache, ...env },
  });
  return { code: r.status, out: `${r.stdout}${r.stderr}`.trim() };
}

describe('npm run dist', () => {
  it('stops with one line naming what is missing when there is no Electron runtime', () => {
    const { code, out } = dist({ ELECTRON_OVERRIDE_DIST_PATH: path.join(tmp, 'no-electron-here') });
    expect(code).toBe(1);
    expect(out.split('\n')).toHaveLength(1);
    const version = (JSON.parse(fs.readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;
    expect(out).toContain(`no Electron ${version} runtime`);
    expect(out).toContain('ELECTRON_OVERRIDE_DIST_PATH');
    expect(out).not.toMatch(/\n\s+at /);
  });

  it('refuses an Electron of another version than the one the app is built for, before building anything', () => {
    const other = path.join(tmp, 'electron-40');
    // Where the electron package looks for the binary inside a runtime folder.
    const pathTxt = path.join(root, 'node_modules/electron/path.txt');
    const fallback = process.platform === 'darwin' ? 'Electron.app/Contents/MacOS/Electron' : process.platform === 'win32' ? 'electron.exe' : 'electron';
    const binary = path.join(other, fs.existsSync(pathTxt) ? fs.readFileSync(pathTxt, 'utf8').trim() : fallback);
    fs.mkdirSync(path.dirname(binary), { recursive: true });
    fs.writeFileSync(binary, '', { mode: 0o755 });
    fs.writeFileSync(path.join(other, 'version'), '40.0.0');
    const { code, out } = dist({ ELECTRON_OVERRIDE_DIST_PATH: other });
    expect(code).toBe(1);
    expect(out.split('\n')).toHaveLength(1);
    expect(out).toMatch(/holds Electron 40\.0\.0, but the app is built for \d+\.\d+\.\d+/);
  });
});
