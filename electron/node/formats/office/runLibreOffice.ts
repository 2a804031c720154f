import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ApiError, type ApiErrorCode } from '../../../shared/api/ApiError';

const CANDIDATES =
  process.platform === 'win32'
    ? ['C:\\Program Files\\LibreOffice\\program\\soffice.exe', 'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe']
    : process.platform === 'darwin'
      ? ['/Applications/LibreOffice.app/Contents/MacOS/soffice']
      : ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice', '/opt/libreoffice/program/soffice', '/snap/bin/libreoffice'];

/** LibreOffice's soffice: QIANWAN_SOFFICE, then PATH, then the usual install folders; null when there is none. */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.QIANWAN_SOFFICE !== undefined) return env.QIANWAN_SOFFICE && isFile(env.QIANWAN_SOFFICE) ? env.QIANWAN_SOFFICE : null;
  const names = process.platform === 'win32' ? ['soffice.exe'] : ['soffice', 'libreoffice'];
  for (const dir of (env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    for (const name of names) if (isFile(path.join(dir, name))) return path.join(dir, name);
  }
  return CANDIDATES.find(isFile) ?? null;
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

// One LibreOffice profile per process (a first run builds it, later ones reuse it: ~3 s instead of ~5 s),
// conversions one at a time: two soffice processes on one profile would collide.
let profileDir: string | null = null;
let queue: Promise<unknown> = Promise.resolve();

function profile(): string {
  if (!profileDir) {
    profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-soffice-profile-'));
    const dir = profileDir;
    process.once('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  }
  return profileDir;
}

/**
 * A file converted by LibreOffice headless (`--convert-to`), in a private temporary folder: a .docx to
 * PDF for export, an old .doc or .wps to .docx for import. Failures carry `code` (the caller's), with
 * what went wrong as detail.
 */
export function runLibreOffice(input: { bytes: Uint8Array; ext: string; to: string; soffice: string; code: ApiErrorCode; timeoutMs?: number }): Promise<Buffer> {
  const run = queue.then(() => convertNow(input.bytes, input.ext, input.to, input.soffice, input.code, input.timeoutMs ?? 120_000));
  queue = run.catch(() => undefined);
  return run;
}

async function convertNow(bytes: Uint8Array, ext: string, to: string, soffice: string, code: ApiErrorCode, timeoutMs: number): Promise<Buffer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-soffice-'));
  try {
    const input = path.join(dir, `document${ext}`);
    fs.writeFileSync(input, bytes);
    const args = [`-env:UserInstallation=${pathToFileURL(profile()).href}`, '--headless', '--norestore', '--nologo', '--convert-to', to, '--outdir', path.join(dir, 'out'), input];
    const stderr = await new Promise<string>((resolve, reject) => {
      const child = spawn(soffice, args, { stdio: ['ignore', 'ignore', 'pipe'] });
      let err = '';
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new ApiError(code, `timeout ${Math.round(timeoutMs / 1000)} s`));
      }, timeoutMs);
      child.on('error', (e) => {
        clearTimeout(timer);
        reject(new ApiError(code, e.message));
      });
      child.on('exit', () => {
        clearTimeout(timer);
        resolve(err);
      });
    });
    const outDir = path.join(dir, 'out');
    const made = fs.existsSync(outDir) ? fs.readdirSync(outDir).find((f) => f.startsWith('document.')) : undefined;
    if (!made) throw new ApiError(code, stderr.trim().slice(0, 300) || 'no output');
    return fs.readFileSync(path.join(outDir, made));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
