import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startHost, stopHost } from './fixtures/browserHost';

// A data folder the app may not write (permissions, a write-protected disk). It used to start with
// no word of it, then every save said "内部错误：attempt to write a readonly database" — or, when
// the folder itself was read-only, that user.db was damaged. Now it says so at start, the documents
// still open and export, and a save says why it cannot be made.

const root = path.resolve(__dirname, '..');
// Root may write anything, so permissions would not bite: the app then runs as nobody.
const as = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

function cli(args: string[], dataDir: string, user = as) {
  return spawnSync(process.execPath, [path.join(root, 'bin', 'qianwan.cjs'), ...args, '--data-dir', dataDir], { cwd: root, encoding: 'utf8', ...user });
}

for (const variant of ['the data folder', 'user.db alone'] as const) {
  test(`a read-only data folder (${variant}): said at start, documents open and export, a save says why it fails`, async ({ page }) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-readonly-'));
    const draft = path.join(os.tmpdir(), `qw-readonly-${process.pid}.md`);
    fs.writeFileSync(draft, '---\ntitle: 只读时的心得\n---\n\n学习千万工程经验的体会。\n');
    // Written by the folder's owner; read by the app as someone who may not write it.
    expect(cli(['doc', 'import', draft], dataDir, {}).status).toBe(0);
    for (const f of fs.readdirSync(dataDir)) fs.chmodSync(path.join(dataDir, f), 0o444);
    fs.chmodSync(dataDir, variant === 'the data folder' ? 0o555 : 0o777);
    const { child, host } = await startHost(dataDir, as);
    try {
      await page.goto(host.url);
      await expect(page.getByTestId('notice')).toContainText('数据文件夹是只读的：文稿可以查看和导出，但任何修改都无法保存');
      await page.screenshot({ path: `test-results/read-only-${variant === 'the data folder' ? 'folder' : 'file'}.png` });
      const editor = page.getByTestId('editor');
      await expect(editor).toContainText('学习千万工程经验的体会。');

      await page.getByTestId('export-open').click();
      const dialog = page.getByTestId('export-dialog');
      await dialog.getByTestId('export-format-md').check();
      const downloading = page.waitForEvent('download');
      await dialog.getByTestId('export-start').click();
      const file = await (await downloading).path();
      expect(fs.readFileSync(file!, 'utf8')).toContain('学习千万工程经验的体会。');
      await dialog.getByRole('button', { name: '关闭' }).last().click();
      await expect(dialog).toBeHidden();

      await editor.click();
      await page.keyboard.press('End');
      await page.keyboard.type('新加的一句');
      const saveState = page.getByTestId('save-state');
      await expect(saveState).toHaveAttribute('data-state', 'failed');
      await expect(saveState).toContainText('数据文件夹是只读的，修改无法保存');
      await expect(saveState).not.toContainText('内部错误');
      await page.screenshot({ path: `test-results/read-only-save-${variant === 'the data folder' ? 'folder' : 'file'}.png` });
      // Still in the editor, not lost.
      await expect(editor).toContainText('新加的一句');

      const imported = cli(['doc', 'import', draft], dataDir);
      expect(imported.status).toBe(1);
      expect(imported.stderr).toContain('数据文件夹是只读的');
      expect(cli(['doc', 'list'], dataDir).stdout).toContain('只读时的心得');
    } finally {
      await stopHost(child);
      fs.chmodSync(dataDir, 0o755);
      fs.rmSync(dataDir, { recursive: true, force: true });
      fs.rmSync(draft, { force: true });
    }
  });
}
