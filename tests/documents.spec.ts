import { expect, test } from './fixtures/browserHost';
import { callApi } from './fixtures/callApi';

test('rename, move to the trash, restore and delete for good', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: '新建文稿' }).click();
  await page.getByTestId('title-input').fill('研讨发言材料');
  await page.getByTestId('editor').click();
  await page.keyboard.type('正文');
  const item = page.locator('.doc-item', { hasText: '研讨发言材料' });
  await expect(item).toBeVisible();

  await item.getByRole('button', { name: '重命名' }).click();
  const rename = page.locator('.rename-input');
  await rename.fill('<b>发言</b> 第二稿');
  await rename.press('Enter');
  const renamed = page.locator('.doc-item', { hasText: '<b>发言</b> 第二稿' });
  await expect(renamed).toBeVisible();

  await renamed.getByRole('button', { name: '移到回收站' }).click();
  await expect(page.locator('.doc-item')).toHaveCount(0);
  await page.getByRole('button', { name: '回收站（1）' }).click();
  await page.getByRole('button', { name: '恢复' }).click();
  await page.getByRole('button', { name: '返回文稿列表' }).click();
  await expect(page.locator('.doc-item', { hasText: '第二稿' })).toBeVisible();

  await page.locator('.doc-item', { hasText: '第二稿' }).getByRole('button', { name: '移到回收站' }).click();
  await page.getByRole('button', { name: '回收站（1）' }).click();
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: '彻底删除' }).click();
  await expect(page.getByText('回收站是空的。')).toBeVisible();
});

test('Word shortcuts: headings, bold, underline, undo and redo, saved across reload', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: '新建文稿' }).click();
  const editor = page.getByTestId('editor');
  await editor.click();
  await page.keyboard.type('一、提高思想认识');
  await page.keyboard.press('Control+Alt+1');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('（一）深刻领会');
  await page.keyboard.press('Control+Alt+2');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('加粗');
  await page.keyboard.press('Control+b');
  await page.keyboard.press('Control+u');
  await page.keyboard.type('下划线');
  await page.keyboard.press('Control+u');
  await expect(editor.locator('h1')).toHaveText('一、提高思想认识');
  await expect(editor.locator('h2')).toHaveText('（一）深刻领会');
  await expect(editor.locator('strong')).toHaveText('加粗');
  await expect(editor.locator('u')).toHaveText('下划线');

  await page.keyboard.type('多余');
  await page.keyboard.press('Control+z');
  await expect(editor).not.toContainText('多余');
  await page.keyboard.press('Control+y');
  await expect(editor).toContainText('多余');

  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  await page.reload();
  await expect(page.getByTestId('editor').locator('h1')).toHaveText('一、提高思想认识');
  await expect(page.getByTestId('editor').locator('strong')).toHaveText('加粗');
  await expect(page.getByTestId('editor').locator('u')).toHaveText('下划线');
});

test('a revision is kept when the window closes', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: '新建文稿' }).click();
  await page.getByTestId('editor').click();
  await page.keyboard.type('第一稿内容');
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  const call = (method: string, data: object) => callApi(page, host, method, data);
  const [doc] = (await call('listDocuments', {})) as Array<{ id: string }>;
  const revisions = async () => (await call('listRevisions', { id: doc!.id })) as Array<{ reason: string; wordCount: number }>;
  // Leaving the page (as closing the window does) keeps a revision.
  await page.goto('about:blank');
  // (The history starts with the empty page as created.)
  await expect.poll(async () => (await revisions()).map((r) => r.reason)).toEqual(['close', 'create']);
  expect((await revisions())[0]!.wordCount).toBe(5);
  // Opening the same text again adds no duplicate.
  await page.goto(host.url);
  await expect(page.getByTestId('editor')).toHaveText('第一稿内容');
  expect((await revisions()).map((r) => r.reason)).toEqual(['close', 'create']);
});
