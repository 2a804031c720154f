import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import { MAX_OPENED_FILE_BYTES } from '../../shared/desktop/desktopFiles';
import { openFilesWithDialog, saveFileWithDialog, type FileDialogs } from '../desktopFileDialogs';

// Real files in a temporary folder; only Electron's dialog is a fake (it needs a display and a user).
let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qianwan-dialogs-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function dialogs(answer: { save?: string | null; open?: string[] | null }) {
  const asked: (SaveDialogOptions | OpenDialogOptions)[] = [];
  const fake: FileDialogs = {
    showSaveDialog: async (o) => (asked.push(o), answer.save ? { canceled: false, filePath: answer.save } : { canceled: true, filePath: '' }),
    showOpenDialog: async (o) => (asked.push(o), answer.open ? { canceled: false, filePaths: answer.open } : { canceled: true, filePaths: [] }),
    documentsDir: () => dir,
  };
  return { fake, asked };
}

const bytes = (text: string) => new TextEncoder().encode(text);

describe('native save dialog', () => {
  it('writes the bytes where the user chose, replacing an earlier file whole, and leaves no partial file', async () => {
    const target = path.join(dir, '我的心得.docx');
    fs.writeFileSync(target, 'old');
    const { fake, asked } = dialogs({ save: target });
    expect(await saveFileWithDialog({ fileName: '学习心得体会.docx', bytes: bytes('新的内容') }, fake)).toEqual({ status: 'saved', fileName: '我的心得.docx' });
    expect(fs.readFileSync(target, 'utf8')).toBe('新的内容');
    expect(fs.readdirSync(dir)).toEqual(['我的心得.docx']);
    expect(asked[0]).toMatchObject({ title: '保存导出的文件', defaultPath: path.join(dir, '学习心得体会.docx'), filters: [{ name: 'Word 文档', extensions: ['docx'] }, { name: '所有文件', extensions: ['*'] }] });
  });

  it('取消 writes nothing; a folder that cannot be written is a code, and the earlier file is untouched', async () => {
    expect(await saveFileWithDialog({ fileName: 'a.docx', bytes: bytes('x') }, dialogs({ save: null }).fake)).toEqual({ status: 'cancelled' });
    expect(fs.readdirSync(dir)).toEqual([]);
    const missing = path.join(dir, 'no-such-folder', 'a.docx');
    expect(await saveFileWithDialog({ fileName: 'a.docx', bytes: bytes('x') }, dialogs({ save: missing }).fake)).toEqual({ status: 'failed', code: 'folder_not_found' });
    if (process.getuid?.() !== 0) {
      const locked = path.join(dir, 'locked');
      fs.mkdirSync(locked);
      fs.writeFileSync(path.join(locked, 'a.docx'), 'old');
      fs.chmodSync(locked, 0o500);
      try {
        expect(await saveFileWithDialog({ fileName: 'a.docx', bytes: bytes('x') }, dialogs({ save: path.join(locked, 'a.docx') }).fake)).toEqual({ status: 'failed', code: 'write_denied' });
        expect(fs.readFileSync(path.join(locked, 'a.docx'), 'utf8')).toBe('old');
      } finally {
        fs.chmodSync(locked, 0o700);
      }
    }
  });

  it('refuses a request that is not a file name and bytes without asking the user', async () => {
    const { fake, asked } = dialogs({ save: path.join(dir, 'x') });
    for (const bad of [null, {}, { fileName: 'a.docx', bytes: 'eA==' }, { fileName: '', bytes: bytes('x') }, { fileName: 'a'.repeat(256), bytes: bytes('x') }]) {
      expect(await saveFileWithDialog(bad, fake)).toEqual({ status: 'failed', code: 'invalid_input' });
    }
    expect(asked).toEqual([]);
  });
});

describe('native open dialog', () => {
  it('reads the chosen files; too large, missing and folders are refused by name with a code', async () => {
    const draft = path.join(dir, '初稿.md');
    fs.writeFileSync(draft, '# 千万工程');
    const big = path.join(dir, '大文件.txt');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, MAX_OPENED_FILE_BYTES + 1);
    const { fake, asked } = dialogs({ open: [draft, big, path.join(dir, '不存在.txt'), dir] });
    const reply = await openFilesWithDialog({ purpose: 'drafts' }, fake);
    expect(reply.status).toBe('opened');
    if (reply.status !== 'opened') return;
    expect(reply.files.map((f) => [f.name, new TextDecoder().decode(f.bytes)])).toEqual([['初稿.md', '# 千万工程']]);
    expect(reply.refused).toEqual([
      { name: '大文件.txt', code: 'file_too_large', detail: { file: '大文件.txt', mb: '20.0', limit: 20 } },
      { name: '不存在.txt', code: 'file_not_found' },
      { name: path.basename(dir), code: 'not_a_file' },
    ]);
    expect(asked[0]).toMatchObject({ title: '打开文稿', defaultPath: dir, properties: ['openFile', 'multiSelections'] });
    expect((asked[0] as OpenDialogOptions).filters![0]!.extensions).toEqual(['docx', 'doc', 'wps', 'md', 'markdown', 'txt']);
  });

  it('a format profile is one .json file; 取消 and unknown purposes read nothing', async () => {
    const { fake, asked } = dialogs({ open: null });
    expect(await openFilesWithDialog({ purpose: 'formatProfile' }, fake)).toEqual({ status: 'cancelled' });
    expect(asked[0]).toMatchObject({ title: '导入版式文件', properties: ['openFile'], filters: [{ name: '版式文件', extensions: ['json'] }, { name: '所有文件', extensions: ['*'] }] });
    for (const bad of [null, {}, { purpose: 'toString' }, { purpose: '../etc' }]) expect(await openFilesWithDialog(bad, fake)).toEqual({ status: 'failed', code: 'invalid_input' });
    expect(asked).toHaveLength(1);
  });
});
