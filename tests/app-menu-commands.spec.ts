import { appCommandScript } from '../electron/main/sendAppCommand';
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures/browserHost';

/** A dialog opened (loaded on first use): once the focus has moved into it, Esc closes it. */
async function closeWithEscape(dialog: Locator) {
  await expect(dialog).toBeVisible();
  await expect.poll(() => dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  await dialog.page().keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
}

// The desktop menu reaches the page with the script electron/main/sendAppCommand.ts runs in it (Electron
// cannot run here; the script is the same one, run in the same page the browser host serves). Each
// command must do what its button or shortcut does.
test('the application menu’s commands run the page’s own handlers', async ({ page, host }) => {
  await page.goto(host.url);
  const menu = (command: Parameters<typeof appCommandScript>[0]) => page.evaluate(appCommandScript(command));

  // 文件 → 新建文稿
  await menu('newDocument');
  await expect(page.getByTestId('document-item')).toHaveCount(1);
  const editor = page.getByTestId('editor');
  await editor.click();
  await page.keyboard.type('学习千万工程经验');

  // 文件 → 打开文稿… and 导入素材…: the file choosers of 打开 and of the sources tab.
  const [drafts] = await Promise.all([page.waitForEvent('filechooser'), menu('openDraft')]);
  expect(drafts.isMultiple()).toBe(true);
  expect(await drafts.element().getAttribute('data-testid')).toBe('open-draft-input');
  const [sources] = await Promise.all([page.waitForEvent('filechooser'), menu('importSources')]);
  expect(await sources.element().getAttribute('data-testid')).toBe('import-file-input');
  // 编辑 → 搜索素材库 from the sources tab (where the search box is hidden): the search tab, the cursor in the box.
  await menu('searchLibrary');
  await expect(page.getByTestId('library-search')).toBeFocused();

  // 文件 → 导出…
  await menu('export');
  await closeWithEscape(page.getByTestId('export-dialog'));

  // 文件 → 设置…
  await menu('settings');
  await closeWithEscape(page.getByTestId('profile-dialog'));

  // 编辑 → 查找… / 替换… / 搜索素材库
  await editor.click();
  await menu('find');
  await expect(page.getByTestId('find-input')).toBeFocused();
  await menu('replace');
  await expect(page.getByTestId('replace-input')).toBeVisible();
  // The bar puts the caret in its box a frame after it opens (with nothing selected, the find box):
  // the next command comes after that, as a writer's next click would.
  await expect(page.getByTestId('find-input')).toBeFocused();
  await menu('searchLibrary');
  await expect(page.getByTestId('library-search')).toBeFocused();
  // Ctrl+K does the same from the other tabs.
  await page.getByRole('tab', { name: '来源' }).click();
  await expect(page.getByTestId('library-search')).toBeHidden();
  await page.keyboard.press('Control+k');
  await expect(page.getByTestId('library-search')).toBeFocused();

  // Nothing else is a command: an unknown name does nothing.
  await page.evaluate(() => window.dispatchEvent(new CustomEvent('qianwan-command', { detail: 'deleteEverything' })));
  await expect(page.getByTestId('document-item')).toHaveCount(1);
});
