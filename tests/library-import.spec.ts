import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures/browserHost';

const corpus = path.resolve(__dirname, '..', 'resources', 'corpus');

test('view a passage in its source with the raw span highlighted', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByTestId('library-search').fill('地球卫士奖');
  const first = page.getByTestId('library-result').first();
  await expect(first).toBeVisible();
  const text = await first.locator('.result-text').innerText();
  await first.getByRole('button', { name: '查看出处' }).click();
  const viewer = page.getByTestId('source-viewer');
  await expect(viewer).toBeVisible();
  await expect(viewer.locator('.viewer-passage.selected')).toContainText(text.slice(0, 15));
  await expect(viewer.getByTestId('viewer-raw').locator('mark')).toContainText('地球卫士奖');
  await page.screenshot({ path: 'test-results/screenshots/source-viewer.png' });
  await viewer.getByRole('button', { name: '关闭', exact: true }).click();
  await expect(viewer).toHaveCount(0);
});

test('import a file with a preview, correct its facts, then find, view and cite it', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('tab', { name: '来源' }).click();
  // A county's own version of the trainees' essays: new passages, not copies of shipped ones.
  const bytes = Buffer.from(fs.readFileSync(path.join(corpus, '003_1f8ea138d11b37c6.txt'), 'utf8').replaceAll('神农架林区', '示范县').replaceAll('林区', '县域'), 'utf8');
  await page.getByTestId('import-file-input').setInputFiles({ name: '培训心得.txt', mimeType: 'text/plain', buffer: bytes });
  const dialog = page.getByTestId('import-dialog');
  await expect(dialog.getByTestId('import-preview')).toBeVisible();
  await expect(dialog).toContainText('识别出 3 篇');
  await page.screenshot({ path: 'test-results/screenshots/import-preview.png' });
  await dialog.getByTestId('import-title').fill('神农架林区学员心得');
  await dialog.getByTestId('import-site').fill('单位内网');
  await dialog.getByTestId('import-date').fill('2023-10-01');
  await dialog.getByRole('button', { name: '保存到素材库' }).click();
  await expect(dialog.getByTestId('import-summary')).toContainText('删除网站杂项');
  await dialog.getByRole('button', { name: '完成' }).click();

  await expect(page.getByTestId('source-item').filter({ hasText: '神农架林区学员心得' })).toBeVisible();
  await page.getByTestId('source-item').filter({ hasText: '神农架林区学员心得' }).click();
  const viewer = page.getByTestId('source-viewer');
  await expect(viewer).toContainText('单位内网');
  const passageId = await viewer.getByTestId('viewer-passage').filter({ hasText: '县域焕发新的生机' }).getAttribute('data-passage-id');
  const passage = viewer.locator(`[data-passage-id="${passageId}"]`);
  await passage.locator('.passage-button').click();
  await passage.getByRole('button', { name: '修改文字' }).click();
  await passage.locator('textarea').fill('林区住建部门坚持点线面系统治理，改善农村人居环境。');
  await passage.getByRole('button', { name: '保存修改' }).click();
  await expect(passage).toContainText('点线面系统治理');
  await expect(passage).toContainText('已修改');
  await viewer.getByRole('button', { name: '关闭', exact: true }).click();

  await page.getByRole('tab', { name: '搜索' }).click();
  await page.getByRole('button', { name: '新建文稿' }).click();
  await page.getByTestId('editor').click();
  await page.getByTestId('library-search').fill('点线面系统治理');
  const hit = page.getByTestId('library-result').first();
  await expect(hit).toContainText('林区住建部门坚持点线面系统治理');
  await hit.getByRole('button', { name: '插入引用' }).click();
  // Trainees' 心得 are 参考范文 by their title: cited anyway here.
  await page.getByTestId('essay-quote-cite').click();
  await expect(page.getByTestId('footnotes').locator('li').first()).toContainText('单位内网，2023（2023-10-01）');
});

test('a refused file gets a clear Chinese message and nothing is saved', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('tab', { name: '来源' }).click();
  await page.getByTestId('import-file-input').setInputFiles({ name: '图片.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47]) });
  await expect(page.getByTestId('notice')).toContainText('不支持的文件类型：图片.png');
  const binary = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 73 + 5) % 256));
  await page.getByTestId('import-file-input').setInputFiles({ name: '乱码.txt', mimeType: 'text/plain', buffer: binary });
  await expect(page.getByTestId('import-dialog')).toContainText('导入失败');
  await expect(page.getByTestId('import-dialog')).toContainText('乱码.txt');
  await page.getByTestId('import-dialog').getByRole('button', { name: '关闭', exact: true }).click();
  await expect(page.getByText('还没有导入自己的素材。')).toBeVisible();
});

test('drop a file on the library panel to import it', async ({ page, host }) => {
  await page.goto(host.url);
  const text = '关于学习浙江“千万工程”经验的体会\n我镇坚持把农村人居环境整治作为乡村振兴的第一场硬仗，三年来新建污水管网二十公里，实现垃圾分类行政村全覆盖，群众满意度明显提升。\n';
  const dataTransfer = await page.evaluateHandle((content) => {
    const dt = new DataTransfer();
    dt.items.add(new File([content], '镇里的体会.txt', { type: 'text/plain' }));
    return dt;
  }, text);
  await page.getByTestId('library-panel').dispatchEvent('dragover', { dataTransfer });
  await page.getByTestId('library-panel').dispatchEvent('drop', { dataTransfer });
  const dialog = page.getByTestId('import-dialog');
  await expect(dialog.getByTestId('import-preview')).toContainText('镇里的体会.txt');
  await dialog.getByRole('button', { name: '保存到素材库' }).click();
  await expect(dialog.getByTestId('import-summary')).toBeVisible();
  await dialog.getByRole('button', { name: '完成' }).click();
  await page.getByTestId('library-search').fill('污水管网二十公里');
  await expect(page.getByTestId('library-result')).toHaveCount(1);
});
