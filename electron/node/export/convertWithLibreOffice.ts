import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ApiError } from '../../shared/api/ApiError';

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

/** A .docx converted to PDF by LibreOffice headless, in a private temporary folder. */
export function convertDocxToPdf(docx: Buffer, soffice: string, timeoutMs = 120_000): Promise<Buffer> {
  const run = queue.then(() => convertNow(docx, soffice, timeoutMs));
  queue = run.catch(() => undefined);
  return run;
}

async function convertNow(docx: Buffer, soffice: string, timeoutMs: number): Promise<Buffer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-pdf-'));
  try {
    const input = path.join(dir, 'document.docx');
    fs.writeFileSync(input, docx);
    const args = [`-env:UserInstallation=${pathToFileURL(profile()).href}`, '--headless', '--norestore', '--nologo', '--convert-to', 'pdf', '--outdir', dir, input];
    const stderr = await new Promise<string>((resolve, reject) => {
      const child = spawn(soffice, args, { stdio: ['ignore', 'ignore', 'pipe'] });
      let err = '';
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new ApiError('pdf_unavailable', `LibreOffice 转换超时（${Math.round(timeoutMs / 1000)} 秒）`));
      }, timeoutMs);
      child.on('error', (e) => {
        clearTimeout(timer);
        reject(new ApiError('pdf_unavailable', `无法启动 LibreOffice：${e.message}`));
      });
      child.on('exit', () => {
        clearTimeout(timer);
        resolve(err);
      });
    });
    const pdf = path.join(dir, 'document.pdf');
    if (!isFile(pdf)) throw new ApiError('pdf_unavailable', `LibreOffice 没有生成 PDF：${stderr.trim().slice(0, 300)}`);
    return fs.readFileSync(pdf);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
