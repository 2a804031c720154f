import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, type ApiErrorDetail } from '../../../shared/api/ApiError';
import { readUserFile } from '../readUserFile';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-read-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function refusal(file: string, limit = 1024): { code: string; detail?: ApiErrorDetail } {
  try {
    readUserFile(file, limit);
  } catch (err) {
    if (err instanceof ApiError) return { code: err.code, detail: err.detail };
    throw err;
  }
  throw new Error(`${file} was read`);
}

describe('readUserFile', () => {
  it('reads a regular file, and one through a symbolic link', () => {
    const file = path.join(dir, '草稿.txt');
    fs.writeFileSync(file, '学习千万工程经验。');
    fs.symlinkSync(file, path.join(dir, 'link.txt'));
    expect(readUserFile(file, 1024).toString()).toBe('学习千万工程经验。');
    expect(readUserFile(path.join(dir, 'link.txt'), 1024).toString()).toBe('学习千万工程经验。');
    // Exactly at the limit is allowed.
    expect(readUserFile(file, fs.statSync(file).size).length).toBe(fs.statSync(file).size);
  });

  it('refuses a file over the limit by its size, before reading it', () => {
    const file = path.join(dir, 'big.txt');
    fs.writeFileSync(file, Buffer.alloc(2048, 0x61));
    expect(refusal(file)).toEqual({ code: 'file_too_large', detail: { file: 'big.txt', mb: '0.0', limit: 0 } });
    let checked = -1;
    expect(() => readUserFile(file, 4096, (size) => (checked = size))).not.toThrow();
    expect(checked).toBe(2048);
  });

  it('refuses what is not a regular file: a link to /dev/zero, a directory, a FIFO — without reading or waiting', () => {
    const zero = path.join(dir, 'zero.txt');
    fs.symlinkSync('/dev/zero', zero);
    expect(refusal(zero).code).toBe('not_a_file');
    expect(refusal(dir).code).toBe('not_a_file');
    const fifo = path.join(dir, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    // Reading a FIFO nobody writes to would block this process for good.
    expect(refusal(fifo).code).toBe('not_a_file');
  });

  it('reads at most limit + 1 bytes of a file whose size says less than it holds', () => {
    // /proc files report size 0 and hold more: the read itself is bounded.
    expect(refusal('/proc/self/status', 16)).toEqual({ code: 'file_too_large', detail: { file: 'status', mb: '0.0', limit: 0 } });
  });

  it('names a missing file and an unreadable one', () => {
    expect(refusal(path.join(dir, 'missing.txt'))).toEqual({ code: 'file_not_found', detail: path.join(dir, 'missing.txt') });
    fs.symlinkSync(path.join(dir, 'nowhere'), path.join(dir, 'dangling.txt'));
    expect(refusal(path.join(dir, 'dangling.txt')).code).toBe('file_not_found');
    if (process.getuid?.() !== 0) {
      const locked = path.join(dir, 'locked.txt');
      fs.writeFileSync(locked, 'x');
      fs.chmodSync(locked, 0);
      expect(refusal(locked).code).toBe('file_unreadable');
    }
  });
});
