import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startHost, stopHost, type HostFixture } from './fixtures/browserHost';

// #20 item 3: the host stopped (terminal closed) while the writer typed; after a restart the status
// stayed 保存失败 and opening the new URL lost everything typed after the stop.

function kill(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

async function storedText(page: Page, host: HostFixture, id: string): Promise<string> {
  const res = await page.request.post(`${host.origin}/api/getDocument`, { headers: { 'x-qianwan-token': host.token }, data: { id } });
  return JSON.stringify(((await res.json()) as { result: { content: unknown } }).result.content);
}

/** What the page keeps in its IndexedDB stash for a document (draftStash), as JSON text. */
function stashedText(page: Page, id: string): Promise<string> {
  return page.evaluate(
    (docId) =>
      new Promise<string>((resolve) => {
        const req = indexedDB.open('qianwan-drafts');
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains('unsaved')) return resolve('');
          const get = db.transaction('unsaved').objectStore('unsaved').get(docId);
          get.onsuccess = () => resolve((get.result as { contentJson?: string } | undefined)?.contentJson ?? '');
          get.onerror = () => resolve('');
        };
        req.onerror = () => resolve('');
      }),
    id,
  );
}

test('kill the host mid-typing, restart it: the open window saves what was typed meanwhile, and a closed one gets it back on the next open', async ({ page, context }) => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-kill-'));
  let { child, host } = await startHost(dataDir);
  try {
    await page.goto(host.url);
    await page.getByRole('button', { name: '新建文稿' }).click();
    const editor = page.getByTestId('editor');
    await editor.click();
    await page.keyboard.type('服务停止之前写的。');
    await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
    const id = await page.getByTestId('document-item').first().getAttribute('data-document-id');
    expect(id).toBeTruthy();

    // The host dies while the writer goes on typing.
    await kill(child);
    await page.keyboard.type('服务停止以后写的第一句。');
    await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'failed', { timeout: 10_000 });

    // Restarted on the same data folder: same address and token, so the window's own retry succeeds.
    const origin = host.origin;
    ({ child, host } = await startHost(dataDir));
    expect(host.origin).toBe(origin);
    await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved', { timeout: 15_000 });
    expect(await storedText(page, host, id!)).toContain('服务停止以后写的第一句。');

    // Killed again; this time the writer closes the window before any restart.
    await kill(child);
    await page.keyboard.type('窗口关闭之前写的第二句。');
    await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'failed', { timeout: 10_000 });
    await page.keyboard.type('最后几个字');
    // While saves fail the page's stash follows the text (0.3 s after a keystroke): the last words are
    // in it before the window goes.
    await expect.poll(() => stashedText(page, id!), { timeout: 10_000 }).toContain('最后几个字');
    await page.close();

    ({ child, host } = await startHost(dataDir));
    const again = await context.newPage();
    await again.goto(host.url);
    await again.getByTestId('document-item').first().locator('.doc-open').click();
    await expect(again.getByTestId('restored-notice')).toBeVisible();
    await expect(again.getByTestId('restored-notice')).toContainText('已恢复');
    await expect(again.getByTestId('editor')).toContainText('服务停止以后写的第一句。窗口关闭之前写的第二句。最后几个字');
    await expect(again.getByTestId('save-state')).toHaveAttribute('data-state', 'saved', { timeout: 10_000 });
    expect(await storedText(again, host, id!)).toContain('窗口关闭之前写的第二句。最后几个字');
    await again.screenshot({ path: 'test-results/screenshots/restored-unsaved.png' });

    // Once saved, the stash is gone: the next open shows no notice.
    await again.reload();
    await again.getByTestId('document-item').first().locator('.doc-open').click();
    await expect(again.getByTestId('editor')).toContainText('最后几个字');
    await expect(again.getByTestId('restored-notice')).toHaveCount(0);
  } finally {
    await stopHost(child);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
