// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { DesktopFiles, OpenFilesReply, SaveFileReply } from '../../../../../electron/shared/desktop/desktopFiles';
import { saveFile } from '../../export/saveFile';
import { chooseFiles } from '../chooseFiles';

// The page's side of the native dialogs, with window.qianwanDesktop as preload would expose it (a
// fake: the desktop bridge needs Electron) and without it, as in the browser host.
function bridge(save: SaveFileReply, open: OpenFilesReply) {
  const calls: unknown[] = [];
  const desktop: DesktopFiles = {
    saveFile: async (r) => (calls.push(['save', r.fileName, Array.from(r.bytes)]), save),
    openFiles: async (r) => (calls.push(['open', r.purpose]), open),
  };
  window.qianwanDesktop = desktop;
  return calls;
}
afterEach(() => {
  delete window.qianwanDesktop;
});

describe('saveFile', () => {
  it('hands the bytes to the native save dialog and reports 取消 as such', async () => {
    const calls = bridge({ status: 'cancelled' }, { status: 'cancelled' });
    expect(await saveFile('心得.txt', 'text/plain', btoa('abc'))).toBe('cancelled');
    expect(calls).toEqual([['save', '心得.txt', [97, 98, 99]]]);
  });

  it('a failed write throws its code, worded by the UI', async () => {
    bridge({ status: 'failed', code: 'disk_full' }, { status: 'cancelled' });
    await expect(saveFile('心得.docx', 'application/octet-stream', btoa('x'))).rejects.toMatchObject({ payload: { code: 'disk_full', detail: '心得.docx' } });
  });

  it('without the desktop bridge it is a download', async () => {
    const clicked: string[] = [];
    const original = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function () {
      clicked.push(this.download);
    };
    try {
      expect(await saveFile('心得.txt', 'text/plain', btoa('abc'))).toBe('downloaded');
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
    expect(clicked).toEqual(['心得.txt']);
  });
});

describe('chooseFiles', () => {
  it('gives the files main read as File objects and says the refused ones', async () => {
    const calls = bridge(
      { status: 'cancelled' },
      { status: 'opened', files: [{ name: '初稿.md', bytes: new TextEncoder().encode('# 千万工程'), lastModified: 1_700_000_000_000 }], refused: [{ name: '大文件.pdf', code: 'file_too_large', detail: { file: '大文件.pdf', mb: '31.5', limit: 20 } }] },
    );
    const taken: File[] = [];
    const told: string[] = [];
    await chooseFiles('drafts', null, (files) => taken.push(...files), (text) => told.push(text));
    expect(calls).toEqual([['open', 'drafts']]);
    expect(taken.map((f) => f.name)).toEqual(['初稿.md']);
    expect(await taken[0]!.text()).toBe('# 千万工程');
    expect(told).toEqual(['文件太大：大文件.pdf（31.5 MB），上限为 20 MB。']);
  });

  it('without the desktop bridge it opens the page’s own file input', async () => {
    const input = document.createElement('input');
    input.type = 'file';
    let clicks = 0;
    input.click = () => void clicks++;
    await chooseFiles('sources', input, () => undefined, () => undefined);
    expect(clicks).toBe(1);
  });
});
