import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..', '..');
let tmp: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-launch-'));
});
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Runs the launcher until `until` matches its output (then stops it) or it exits. */
function launch(env: NodeJS.ProcessEnv, until: RegExp): Promise<{ out: string; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'scripts', 'launch.mjs'), `--data-dir=${path.join(tmp, 'data')}`], {
      cwd: root,
      env: { ...process.env, DISPLAY: '', WAYLAND_DISPLAY: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const timer = setTimeout(() => (child.kill('SIGKILL'), reject(new Error(`timeout: ${out}`))), 30_000);
    const onData = (d: Buffer) => {
      out += d.toString();
      if (until.test(out)) child.kill('SIGTERM');
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ out, code });
    });
  });
}

describe('npm start launcher', () => {
  it('says in one line that there is no Electron runtime and starts the browser host instead', async () => {
    const { out } = await launch({ ELECTRON_OVERRIDE_DIST_PATH: path.join(tmp, 'no-electron-here') }, /token=/);
    const lines = out.split('\n').filter((l) => l.includes('Electron'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('未找到 Electron 运行时');
    expect(out).toMatch(/http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{20,}/);
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH and starts that runtime with the app folder', async () => {
    const dist = path.join(tmp, 'electron-dist');
    fs.mkdirSync(dist);
    const fake = path.join(dist, process.platform === 'win32' ? 'electron.exe' : 'electron');
    // A stand-in runtime: proves which binary the launcher starts and with what arguments.
    fs.writeFileSync(fake, '#!/bin/sh\necho "fake-electron $@"\n', { mode: 0o755 });
    const { out, code } = await launch({ ELECTRON_OVERRIDE_DIST_PATH: dist }, /^$/);
    expect(code).toBe(0);
    expect(out).toContain(`fake-electron ${root} --data-dir=`);
    expect(out).not.toContain('未找到');
  });
});
