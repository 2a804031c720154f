import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { callApi } from './fixtures/callApi';
import { expect, test } from './fixtures/browserHost';

// Issue 19 as an office uses it: its own format made from 材料格式 in the format dialog with the page
// drawn as it changes, handed to a colleague as a file, used for the export; an empty draft asks
// first; a PDF names the fonts this machine lacks; a title breaks where the writer says.

async function openExport(page: Page) {
  await page.getByTestId('export-open').click();
  return page.getByTestId('export-dialog');
}

async function download(page: Page, click: () => Promise<void>, file: string) {
  const downloading = page.waitForEvent('download');
  await click();
  await (await downloading).saveAs(file);
  return file;
}

test('a unit format made in the dialog with a live preview, moved as a file, and used for the export', async ({ page, host }, testInfo) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await callApi(page, host, 'saveProfile', { name: '张三', unit: '某某县农业农村局', position: '副局长' });
  const doc = await callApi<{ id: string }>(page, host, 'createFromTemplate', { templateId: 'yantao-fayan' });
  await page.goto(`${host.url}#doc=${doc.id}`);
  await page.getByTestId('editor').click();
  const dialog = await openExport(page);
  // Drafts from the 研讨发言 template take 材料格式.
  await expect(dialog.getByTestId('export-profile')).toHaveValue('material');
  await dialog.getByTestId('export-manage-formats').click();
  const formats = page.getByTestId('format-dialog');
  await expect(formats.getByTestId('format-preview')).toBeVisible();
  await expect(formats.getByTestId('preview-title').locator('span')).toHaveCount(2);
  await expect(formats.getByTestId('format-margin-top')).toBeDisabled();
  await page.screenshot({ path: 'test-results/screenshots/format-dialog.png' });

  await formats.getByTestId('format-save-as').click();
  await formats.getByTestId('format-new-name').fill('县委办材料格式');
  await formats.getByTestId('format-new-confirm').click();
  await expect(formats.getByTestId('format-item').filter({ hasText: '县委办材料格式' })).toHaveClass(/selected/);
  const page1 = formats.locator('.format-page');
  const before = await page1.evaluate((el) => getComputedStyle(el).paddingTop);
  await formats.getByTestId('format-margin-top').fill('25');
  await expect.poll(() => page1.evaluate((el) => getComputedStyle(el).paddingTop)).not.toBe(before);
  await formats.getByTestId('format-size-body').selectOption('15');
  await formats.getByTestId('format-author-place').selectOption('end');
  await formats.getByTestId('format-date-place').selectOption('end');
  await formats.getByTestId('format-save').click();
  await expect(formats.getByTestId('format-message')).toHaveText('已保存');
  await page.screenshot({ path: 'test-results/screenshots/format-dialog-edited.png' });

  // The file an office hands round; a newer file is refused, the same name replaces the older one.
  const file = await download(page, () => formats.getByTestId('format-export').click(), testInfo.outputPath('县委办材料格式.qwformat.json'));
  const sent = JSON.parse(fs.readFileSync(file, 'utf8')) as { qianwanFormatProfile: number; profile: { name: string; marginsMm: { top: number } } };
  expect(sent.profile).toMatchObject({ name: '县委办材料格式', marginsMm: { top: 25 } });
  await formats.getByTestId('format-import-input').setInputFiles({ name: 'newer.qwformat.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...sent, qianwanFormatProfile: 99 })) });
  await expect(formats.getByTestId('format-message')).toContainText('更新版本');
  await formats.getByTestId('format-import-input').setInputFiles({ name: 'bad.qwformat.json', mimeType: 'application/json', buffer: Buffer.from('{ 坏了') });
  await expect(formats.getByTestId('format-message')).toContainText('这不是 JSON 文件');
  await formats.getByTestId('format-import-input').setInputFiles(file);
  await expect(formats.getByTestId('format-message')).toContainText('已导入版式“县委办材料格式”');
  await expect(formats.getByTestId('format-item')).toHaveCount(4);

  await formats.getByRole('button', { name: '关闭' }).click();
  await expect(dialog.getByTestId('export-profile')).toHaveValue(/^u-/);
  const docx = await download(page, () => dialog.getByTestId('export-start').click(), testInfo.outputPath('发言.docx'));
  const xml = strFromU8(unzipSync(fs.readFileSync(docx))['word/document.xml']!);
  expect(xml).toContain(`w:top="${Math.round((25 * 1440) / 25.4)}"`);
  // The author line once, as the 署名 over the date; the salutation flush left.
  expect(xml.match(/某某县农业农村局\u3000副局长\u3000张三/g)).toHaveLength(1);
  expect(xml).toMatch(/<w:pStyle w:val="QwSignature"\/>/);
  expect(xml).toMatch(/<w:ind w:firstLine="0" w:firstLineChars="0"\/><\/w:pPr><w:r><w:t xml:space="preserve">同志们：/);
});

test('the format dialog in English at 1280 × 720', async ({ page, host }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await callApi(page, host, 'savePreferences', { locale: 'en-US' });
  await callApi(page, host, 'createDocument', { title: 'Draft', content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '正文' }] }] } });
  await page.goto(host.url);
  await page.getByTestId('editor').click();
  const dialog = await openExport(page);
  await dialog.getByTestId('export-manage-formats').click();
  const formats = page.getByTestId('format-dialog');
  await expect(formats).toContainText('Unit formats');
  await formats.getByTestId('format-item').filter({ hasText: 'Official document' }).click();
  await expect(formats.getByTestId('format-preview')).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/format-dialog-en.png' });
});

test('an empty draft asks before it is exported; a PDF names the fonts this machine lacks and what replaces them', async ({ page, host }, testInfo) => {
  test.setTimeout(120_000);
  await page.goto(host.url);
  await page.getByRole('button', { name: '新建文稿' }).click();
  await page.getByTestId('editor').click();
  let dialog = await openExport(page);
  await dialog.getByTestId('export-start').click();
  await expect(dialog.getByTestId('export-empty')).toContainText('文稿是空的');
  const blank = await download(page, () => dialog.getByTestId('export-empty-confirm').click(), testInfo.outputPath('blank.docx'));
  expect(fs.statSync(blank).size).toBeGreaterThan(1000);
  await dialog.getByRole('button', { name: '关闭' }).last().click();

  // A title broken where the writer wants it (Shift+Enter), kept in the export.
  const title = page.getByTestId('title-input');
  await title.click();
  await page.keyboard.type('学习“千万工程”经验');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.type('心得体会');
  await page.keyboard.press('Enter');
  // Enter takes the writer on to the text (the editor takes the focus on its next frame).
  await expect(page.getByTestId('editor')).toBeFocused();
  await page.keyboard.type('我认真学习了浙江经验。');
  await expect(title).toHaveValue('学习“千万工程”经验\n心得体会');
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  dialog = await openExport(page);
  await dialog.getByTestId('export-format-pdf').check();
  const fonts = dialog.getByTestId('export-fonts');
  await expect(fonts).toContainText('仿宋_GB2312 → Noto Serif CJK SC');
  await expect(fonts).toContainText('黑体 → Noto Sans CJK SC');
  // The Latin face too (digits and letters), with whichever serif this machine has (or none).
  await expect(fonts).toContainText(/Times New Roman( → |（本机没有同类字体）)/);
  await page.screenshot({ path: 'test-results/screenshots/export-fonts.png' });
  const pdf = await download(page, () => dialog.getByTestId('export-start').click(), testInfo.outputPath('心得.pdf'));
  await expect(dialog.getByTestId('export-done')).toContainText('→');
  const used = spawnSync('pdffonts', [pdf], { encoding: 'utf8' }).stdout;
  expect(used).toMatch(/NotoSerifCJK/);
  expect(used).toMatch(/NotoSansCJK|NotoSerifCJK.*Bold/);
  const text = spawnSync('pdftotext', ['-layout', '-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' }).stdout.split('\n').map((l) => l.trim()).filter(Boolean);
  expect(text.slice(0, 2)).toEqual(['学习“千万工程”经验', '心得体会']);
  fs.mkdirSync('test-results/screenshots', { recursive: true });
  spawnSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', pdf, path.resolve('test-results/screenshots/pdf-page')]);
});
