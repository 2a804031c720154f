import { expect, test } from './fixtures/browserHost';

test('the interface switches to English without a restart, and stays English after reloading', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: '新建文稿' }).click();
  await expect(page.getByTestId('editor')).toBeVisible();
  await page.getByRole('button', { name: '设置' }).click();
  const dialog = page.getByTestId('profile-dialog');
  await dialog.getByTestId('language-select').selectOption('en-US');

  // The open dialog, the document list, the toolbar, the status bar and the library all change at once.
  await expect(dialog.getByRole('heading', { name: 'Profile' })).toBeVisible();
  await expect(dialog.getByText('Interface language')).toBeVisible();
  await expect(page.getByRole('button', { name: 'New document' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Bold (Ctrl+B)' })).toBeVisible();
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  await expect(page.getByRole('tab', { name: 'Sources' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');
  await expect(page.getByTestId('editor').locator('[data-placeholder]').first()).toHaveAttribute('data-placeholder', 'Start writing…');
  await page.screenshot({ path: 'test-results/english-ui.png' });
  // Kept with 保存 (取消 puts the language back: first-day.spec).
  await dialog.getByRole('button', { name: 'Save' }).click();

  await page.getByTestId('editor').click();
  await page.keyboard.type('学习千万工程');
  await expect(page.getByTestId('word-count')).toHaveText('Words 6');

  await page.reload();
  await expect(page.getByRole('button', { name: 'New document' })).toBeVisible();
  await expect(page).toHaveTitle('Qianwan Writer');

  // The writing aids speak English too (the template's own words stay Chinese: they go into the text).
  await page.getByRole('button', { name: 'New from template…' }).click();
  const chooser = page.getByTestId('template-chooser');
  await expect(chooser.getByRole('heading', { name: 'New from a template' })).toBeVisible();
  await chooser.getByRole('button', { name: 'Create from this template' }).click();
  await expect(page.getByTestId('outline').getByRole('heading', { name: 'Outline' })).toBeVisible();
  await expect(page.getByTestId('template-guide').getByRole('button', { name: 'Suggest passages' }).first()).toBeVisible();
  await page.keyboard.press('Control+h');
  await expect(page.getByTestId('find-bar').getByLabel('Match case')).toBeVisible();
  await page.getByTestId('find-input').fill('千万工程');
  await expect(page.getByTestId('find-status')).toHaveText(/^1 of \d+$/);
  await page.screenshot({ path: 'test-results/english-ui-writing-aids.png' });
  await page.keyboard.press('Escape');
  await page.getByTestId('open-word-count').click();
  await expect(page.getByTestId('word-count-dialog').getByText('Non-Chinese words')).toBeVisible();
  await page.getByTestId('word-count-close').click();
  await page.getByRole('button', { name: 'History', exact: true }).click();
  await expect(page.getByTestId('revision-dialog').getByRole('heading', { name: 'Revision history' })).toBeVisible();
  await page.getByTestId('revision-dialog').getByRole('button', { name: 'Close', exact: true }).click();

  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByTestId('language-select').selectOption('zh-CN');
  await expect(page.getByRole('button', { name: '新建文稿' })).toBeVisible();
  await expect(page.getByRole('button', { name: '加粗 (Ctrl+B)' })).toBeVisible();
});
