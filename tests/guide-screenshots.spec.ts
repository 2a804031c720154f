import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures/browserHost';
import { caretSettled } from './fixtures/caretSettled';

// The user guide's pictures (docs/guide.md), made from the app as it is on every run of the suite, so
// the guide never shows an older app. Times and the save state change from run to run and are hidden.
const dir = path.resolve(__dirname, '..', 'docs', 'images');
const HIDE_TIMES = '.doc-meta, .check-summary, .save-state { visibility: hidden; }';

test('the user guide’s screenshots: a template, writing with the library, the check, export', async ({ page, host }) => {
  fs.mkdirSync(dir, { recursive: true });
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(host.url);
  await page.getByTestId('open-settings').click();
  const profile = page.getByTestId('profile-dialog');
  await profile.getByTestId('profile-name').fill('王某');
  await profile.getByTestId('profile-unit').fill('青山县农业农村局');
  await profile.getByTestId('profile-position').fill('科员');
  await profile.getByTestId('profile-region').fill('青山县');
  await profile.getByRole('button', { name: '保存' }).click();

  // 1. 从模板新建.
  await page.getByTestId('new-from-template').click();
  const chooser = page.getByTestId('template-chooser');
  await chooser.getByTestId('template-option').filter({ hasText: '心得体会' }).click();
  await expect(chooser.getByTestId('template-detail')).toContainText('青山县');
  await page.screenshot({ path: path.join(dir, 'guide-1-template.png'), style: HIDE_TIMES });
  await chooser.getByTestId('template-create').click();

  // 2. Writing with the library: a search, a quotation with its note.
  const editor = page.getByTestId('editor');
  await editor.locator('h1').first().click();
  // The editor learns where the click put the caret from the next selectionchange, which Chromium runs
  // after input events already queued: a key sent at once would act on the caret the draft opened with.
  await caretSettled(page);
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('浙江坚持一张蓝图绘到底，');
  await page.getByTestId('library-search').fill('久久为功');
  const hit = page.getByTestId('library-result').first();
  await expect(hit.locator('mark').first()).toHaveText('久久为功');
  await hit.getByRole('button', { name: '插入引用' }).click();
  // The shipped library is others' essays: the app explains that a 范文 is normally adapted; here it is quoted anyway.
  await page.getByTestId('essay-quote-cite').click();
  await expect(page.getByTestId('footnotes').locator('li')).toHaveCount(1);
  await page.getByTestId('library-search').fill('人居环境');
  await expect(page.getByTestId('library-result').first().locator('mark').first()).toHaveText('人居环境');
  await page.screenshot({ path: path.join(dir, 'guide-2-write.png'), style: HIDE_TIMES });

  // 3. 查重: words pasted without a note are red, the quotation green, 提法 grey.
  await editor.locator('p').nth(2).click();
  await page.keyboard.press('End');
  const res = await page.request.post(`${host.origin}/api/searchLibrary`, { headers: { 'x-qianwan-token': host.token }, data: { query: '垃圾分类', limit: 1 } });
  const pasted = ((await res.json()) as { result: { results: Array<{ text: string }> } }).result.results[0]!.text;
  await page.keyboard.insertText(pasted.slice(0, 80));
  await page.getByTestId('check-open').click();
  await expect(page.getByTestId('check-panel').getByTestId('check-result')).toBeVisible({ timeout: 30_000 });
  await expect(editor.locator('.check-span[data-status="uncited"]').first()).toBeVisible();
  await page.screenshot({ path: path.join(dir, 'guide-3-check.png'), style: HIDE_TIMES });
  await page.getByTestId('check-open').click();

  // 4. 导出.
  await page.getByTestId('toolbar-export').click();
  await expect(page.getByTestId('export-dialog')).toBeVisible();
  // The layouts arrive a moment after the dialog: the guide shows the dialog as the writer uses it.
  await expect(page.getByTestId('export-profile')).toHaveValue('material');
  await page.screenshot({ path: path.join(dir, 'guide-4-export.png'), style: HIDE_TIMES });
  for (const name of ['guide-1-template', 'guide-2-write', 'guide-3-check', 'guide-4-export']) expect(fs.statSync(path.join(dir, `${name}.png`)).size).toBeGreaterThan(20_000);
});
