import fs from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { callApi } from './fixtures/callApi';
import { expect, test } from './fixtures/browserHost';

test('export a draft as DOCX through the dialog, open the download again, drop a .txt, and refuse a broken .docx', async ({ page, host }, testInfo) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: '新建文稿' }).click();
  await page.getByTestId('title-input').fill('学习千万工程心得');
  const editor = page.getByTestId('editor');
  await editor.click();
  await page.keyboard.type('一、提高认识');
  await page.keyboard.press('Control+Alt+1');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('我们要认真学习。');
  await page.getByTestId('library-search').fill('千万工程');
  const hit = page.getByTestId('library-result').first();
  await expect(hit.locator('mark').first()).toHaveText('千万工程');
  await hit.getByRole('button', { name: '参见' }).click();
  await expect(page.getByTestId('footnotes')).toContainText('[EB/OL]');
  const note = (await page.getByTestId('footnotes').locator('li').first().innerText()).replace(/^(\[\d+\]|[①-⑳])\s*/, '');

  // File → 导出: DOCX, 公文格式 chosen; the file arrives as a download even before the autosave ran.
  await page.getByTestId('export-open').click();
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog.getByTestId('export-format-docx')).toBeChecked();
  // A new draft takes 材料格式; this one goes to the office as a 公文.
  await expect(dialog.getByTestId('export-profile')).toHaveValue('material');
  await dialog.getByTestId('export-profile').selectOption('official');
  const downloading = page.waitForEvent('download');
  await dialog.getByTestId('export-start').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('学习千万工程心得.docx');
  const file = testInfo.outputPath('学习千万工程心得.docx');
  await download.saveAs(file);
  await expect(dialog.getByTestId('export-done')).toContainText('注释方式：脚注');
  await page.screenshot({ path: 'test-results/screenshots/export-dialog.png' });
  const parts = unzipSync(fs.readFileSync(file));
  const body = strFromU8(parts['word/document.xml']!);
  expect(body).toContain('我们要认真学习。');
  expect(body).toMatch(/<w:pStyle w:val="Heading1"\/>.*?一、提高认识/);
  expect(body).toContain('<w:footnoteReference');
  expect(strFromU8(parts['word/footnotes.xml']!)).toContain(note.slice(0, 20));
  await dialog.getByRole('button', { name: '关闭' }).last().click();
  await expect(dialog).toHaveCount(0);

  // File → 打开 the downloaded .docx: a new document with the same heading, text and note.
  await page.getByTestId('open-draft-input').setInputFiles(file);
  // Its title is the exported document's, told apart from it (#20).
  await expect(page.getByTestId('notice')).toContainText('已打开“学习千万工程心得（2）”');
  await expect(page.locator('.doc-item')).toHaveCount(2);
  await expect(page.getByTestId('title-input')).toHaveValue('学习千万工程心得（2）');
  await expect(editor.locator('h1')).toHaveText('一、提高认识');
  await expect(editor).toContainText('我们要认真学习。');
  await expect(page.getByTestId('footnotes')).toContainText(note.slice(0, 20));
  await page.screenshot({ path: 'test-results/screenshots/opened-docx.png' });

  // Drag and drop a plain-text draft onto the document list.
  const dropped = await page.evaluateHandle(() => {
    const data = new DataTransfer();
    data.items.add(new File(['研讨发言提纲\n第一段正文。\n第二段正文。\n'], '发言提纲.txt', { type: 'text/plain' }));
    return data;
  });
  await page.getByTestId('doc-list').dispatchEvent('dragover', { dataTransfer: dropped });
  await page.getByTestId('doc-list').dispatchEvent('drop', { dataTransfer: dropped });
  await expect(page.getByTestId('notice')).toContainText('已打开“研讨发言提纲”');
  await expect(editor).toContainText('第二段正文。');

  // A broken .docx is refused with a Chinese message, and nothing is added.
  const broken = testInfo.outputPath('坏文件.docx');
  fs.writeFileSync(broken, fs.readFileSync(file).subarray(0, 2000));
  await page.getByTestId('open-draft-input').setInputFiles(broken);
  await expect(page.getByTestId('notice')).toContainText('无法打开：文件已损坏或不是有效的 Word 文档：坏文件.docx');
  // The file is named once (#20).
  expect((await page.getByTestId('notice').innerText()).split('坏文件.docx').length - 1).toBe(1);
  await expect(page.locator('.doc-item')).toHaveCount(3);
});

test('a template made before 设置 was filled leaves （单位）: the export names it and fills it from the profile once it has one', async ({ page, host }, testInfo) => {
  await page.goto(host.url);
  await page.getByTestId('new-from-template').click();
  await page.getByTestId('template-chooser').getByTestId('template-create').click();
  const editor = page.getByTestId('editor');
  await expect(editor.locator('h1').filter({ hasText: '（单位）' })).toHaveCount(1);

  // No profile yet: the blank is named, nothing offered to fill it with.
  await page.getByTestId('export-open').click();
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog.getByTestId('export-blanks')).toContainText('“（单位）”1 处');
  await expect(dialog.getByTestId('export-fill-blanks')).toHaveCount(0);
  await dialog.getByRole('button', { name: '取消' }).click();

  // 设置 filled in since: one click puts the unit in, and the file has no blank.
  await callApi(page, host, 'saveProfile', { name: '张三', unit: '青山县农业农村局', position: '科员' });
  await page.getByTestId('export-open').click();
  await expect(dialog.getByTestId('export-fill-blanks')).toHaveText('用“设置”里的信息填入：（单位）→青山县农业农村局');
  await page.screenshot({ path: 'test-results/export-blanks.png' });
  await dialog.getByTestId('export-fill-blanks').click();
  await expect(dialog.getByTestId('export-blanks')).toHaveCount(0);
  await expect(editor.locator('h1').filter({ hasText: '青山县农业农村局还存在的差距' })).toHaveCount(1);
  const downloading = page.waitForEvent('download');
  await dialog.getByTestId('export-start').click();
  const file = testInfo.outputPath('blanks.docx');
  await (await downloading).saveAs(file);
  const body = strFromU8(unzipSync(fs.readFileSync(file))['word/document.xml']!);
  expect(body).toContain('青山县农业农村局还存在的差距');
  expect(body).not.toContain('（单位）');
  await dialog.getByRole('button', { name: '关闭' }).last().click();
  // One undo brings the blank back, as any edit.
  await editor.click();
  await page.keyboard.press('Control+z');
  await expect(editor.locator('h1').filter({ hasText: '（单位）' })).toHaveCount(1);
});
