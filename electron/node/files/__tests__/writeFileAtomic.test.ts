import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, type ApiErrorDetail } from '../../../shared/api/ApiError';
import { describeError } from '../../../shared/api/describeError';
import { fileSystemError } from '../fileSystemError';
import { writeFileAtomic } from '../writeFileAtomic';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-write-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function refusal(fn: () => void): { code: string; detail?: ApiErrorDetail; message: string } {
  try {
    fn();
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    return { code: err.code, detail: err.detail, message: describeError({ code: err.code, detail: err.detail }) };
  }
  throw new Error('written');
}

/** Nothing but the files named is left in the folder: no temporary file survives a refusal. */
const listing = () => fs.readdirSync(dir).sort();

describe('writeFileAtomic', () => {
  it('writes a new file whole, and refuses to replace one without overwrite', () => {
    const file = path.join(dir, '心得.md');
    writeFileAtomic(file, '# 心得');
    expect(fs.readFileSync(file, 'utf8')).toBe('# 心得');
    expect(refusal(() => writeFileAtomic(file, 'x'))).toMatchObject({ code: 'file_exists', detail: file });
    writeFileAtomic(file, '# 改过', { overwrite: true });
    expect(fs.readFileSync(file, 'utf8')).toBe('# 改过');
    expect(listing()).toEqual(['心得.md']);
  });

  it('says the folder does not exist (it said ENOENT)', () => {
    const r = refusal(() => writeFileAtomic(path.join(dir, '没有这个文件夹', 'a.docx'), 'x'));
    expect(r).toMatchObject({ code: 'folder_not_found', detail: path.join(dir, '没有这个文件夹') });
    expect(r.message).toMatch(/^文件夹不存在/);
    // A file where the folder should be reads the same.
    fs.writeFileSync(path.join(dir, 'plain'), '');
    expect(refusal(() => writeFileAtomic(path.join(dir, 'plain', 'a.docx'), 'x')).code).toBe('folder_not_found');
    fs.rmSync(path.join(dir, 'plain'));
  });

  it('says the path is a folder (it said the file exists), with or without overwrite', () => {
    fs.mkdirSync(path.join(dir, '导出'));
    for (const overwrite of [false, true]) {
      const r = refusal(() => writeFileAtomic(path.join(dir, '导出'), 'x', { overwrite }));
      expect(r.code).toBe('is_directory');
      expect(r.message).toMatch(/这是一个文件夹，不是文件/);
    }
    expect(fs.statSync(path.join(dir, '导出')).isDirectory()).toBe(true);
    fs.rmdirSync(path.join(dir, '导出'));
  });

  it('writes a name of exactly 255 bytes (the temporary name was longer and failed), and names one of 256', () => {
    const name = `${'学'.repeat(83)}.docx1`;
    expect(Buffer.byteLength(name)).toBe(255);
    writeFileAtomic(path.join(dir, name), 'x');
    expect(fs.readFileSync(path.join(dir, name), 'utf8')).toBe('x');
    const longer = `${name}x`;
    const r = refusal(() => writeFileAtomic(path.join(dir, longer), 'x'));
    expect(r).toMatchObject({ code: 'name_too_long', detail: longer });
    expect(r.message).toMatch(/文件名太长.*255 个字节/);
    fs.rmSync(path.join(dir, name));
    expect(listing()).toEqual(['心得.md']);
  });

  it('with overwrite (--force) replaces only a regular file: never a FIFO, a link to a device or a link to a file elsewhere', () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-outside-'));
    try {
      fs.writeFileSync(path.join(outside, 'passwd'), '原文件');
      const cases = {
        'fifo.docx': () => execFileSync('mkfifo', [path.join(dir, 'fifo.docx')]),
        'null.docx': () => fs.symlinkSync('/dev/null', path.join(dir, 'null.docx')),
        'link.docx': () => fs.symlinkSync(path.join(outside, 'passwd'), path.join(dir, 'link.docx')),
      };
      for (const [name, make] of Object.entries(cases)) {
        make();
        const r = refusal(() => writeFileAtomic(path.join(dir, name), '导出的内容', { overwrite: true }));
        expect(r, name).toMatchObject({ code: 'not_overwritable', detail: path.join(dir, name) });
        expect(r.message).toMatch(/不能覆盖.*不是普通文件/);
        // Left as it was: still the FIFO or the link, and what a link points to is untouched.
        expect(fs.lstatSync(path.join(dir, name)).isFile(), name).toBe(false);
        fs.rmSync(path.join(dir, name));
      }
      expect(fs.readFileSync(path.join(outside, 'passwd'), 'utf8')).toBe('原文件');
      expect(listing()).toEqual(['心得.md']);
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  it('turns other file-system failures into codes the user can act on', () => {
    const fail = (code: string) => Object.assign(new Error(`${code}: oops`), { code });
    expect(fileSystemError(fail('ENOSPC'), '/x/a.md', 'write').code).toBe('disk_full');
    expect(fileSystemError(fail('EACCES'), '/x/a.md', 'write')).toMatchObject({ code: 'write_denied', detail: '/x/a.md' });
    expect(fileSystemError(fail('EROFS'), '/x/a.md', 'write').code).toBe('write_denied');
    expect(fileSystemError(fail('EACCES'), '/x/a.md', 'read').code).toBe('file_unreadable');
    expect(fileSystemError(fail('ENOENT'), '/x/a.md', 'read').code).toBe('file_not_found');
    expect(fileSystemError(fail('EIO'), '/x/a.md', 'write').code).toBe('internal');
  });
});
