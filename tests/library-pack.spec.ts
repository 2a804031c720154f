import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { ImportJob, SourceDetail } from '../electron/shared/api/apiTypes';
import { callApi } from './fixtures/callApi';
import { expect, startHost, stopHost, test, type HostFixture } from './fixtures/browserHost';

const corpus = path.resolve(__dirname, '..', 'resources', 'corpus');
const shots = 'test-results/screenshots';

/** A county's version of the trainees' essays (passages no library has), imported and corrected through the API. */
async function ownSource(page: Page, host: HostFixture, correction = '示范县坚持点线面系统治理，全域改善农村人居环境。'): Promise<{ id: string; corrected: string; other: string; passageId: string }> {
  const bytes = Buffer.from(fs.readFileSync(path.join(corpus, '003_1f8ea138d11b37c6.txt'), 'utf8').replaceAll('神农架林区', '示范县').replaceAll('林区', '县域'), 'utf8');
  let job = await callApi<ImportJob>(page, host, 'previewImport', { files: [{ name: '县域学员心得.txt', dataBase64: bytes.toString('base64') }] });
  while (job.state === 'running') job = await callApi<ImportJob>(page, host, 'getImportJob', { jobId: job.id });
  const saved = await callApi<{ sources: Array<{ id: string }> }>(page, host, 'commitImport', { jobId: job.id, sources: [{ index: 0, title: '示范县学员心得', site: '县委党校', date: '2023-10-01', url: null }] });
  const id = saved.sources[0]!.id;
  const detail = await callApi<SourceDetail>(page, host, 'getSource', { id });
  // Passages the county's version changed are its own (the others are the shipped library's).
  const [passage, other] = detail.workList.flatMap((w) => w.passages).filter((p) => p.editable && p.text.includes('示范县'));
  await callApi(page, host, 'updatePassage', { id: passage!.id, text: correction });
  return { id, corrected: '点线面系统治理', other: other!.text.slice(0, 12), passageId: passage!.id };
}

test('share a library pack: export chosen sources in one host, import them into another, find and search them', async ({ page, host }) => {
  const made = await ownSource(page, host);
  await page.goto(host.url);
  await page.getByRole('tab', { name: '来源' }).click();
  await expect(page.getByTestId('pack-export-button')).toBeDisabled();
  await page.getByRole('checkbox', { name: '选中“示范县学员心得”' }).check();
  await expect(page.getByTestId('pack-select-all')).toBeChecked();
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: `${shots}/pack-sources-1280.png` });
  await page.getByTestId('pack-export-button').click();
  const exportDialog = page.getByTestId('pack-export-dialog');
  await expect(exportDialog).toContainText('示范县学员心得');
  await page.screenshot({ path: `${shots}/pack-export-1280.png` });
  const [download] = await Promise.all([page.waitForEvent('download'), exportDialog.getByTestId('pack-export-start').click()]);
  expect(download.suggestedFilename()).toMatch(/^学习材料包-\d{4}-\d{2}-\d{2}\.qwpack$/);
  const packFile = path.join(os.tmpdir(), `qw-e2e-${Date.now()}.qwpack`);
  await download.saveAs(packFile);
  await expect(exportDialog.getByTestId('pack-export-done')).toContainText('1 个来源');
  await expect(exportDialog.getByTestId('pack-export-done')).toContainText('1 处修改');
  await exportDialog.getByRole('button', { name: '完成' }).click();

  // A colleague's machine: another data folder, another host.
  const otherDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-e2e-pack-'));
  const other = await startHost(otherDir);
  try {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(other.host.url);
    await page.getByRole('tab', { name: '来源' }).click();
    await expect(page.getByText('还没有导入自己的素材。')).toBeVisible();
    await page.getByTestId('pack-file-input').setInputFiles(packFile);
    const dialog = page.getByTestId('pack-import-dialog');
    const summary = dialog.getByTestId('pack-import-summary');
    await expect(summary).toContainText('新增');
    await expect(summary).toContainText('示范县学员心得');
    await expect(summary).toContainText(/段落：新增 \d+ 段/);
    await expect(summary).toContainText('对段落的修改：应用 1 处。');
    await page.screenshot({ path: `${shots}/pack-import-1440.png` });
    await dialog.getByRole('button', { name: '完成' }).click();

    const item = page.getByTestId('source-item').filter({ hasText: '示范县学员心得' });
    await expect(item).toContainText('县委党校');
    await page.getByRole('tab', { name: '搜索' }).click();
    await page.getByTestId('library-search').fill(made.corrected);
    await expect(page.getByTestId('library-result').first()).toContainText('示范县坚持点线面系统治理');
    await page.getByTestId('library-search').fill(made.other);
    await expect(page.getByTestId('library-result').first()).toContainText(made.other);
    await page.getByTestId('library-result').first().getByRole('button', { name: '查看出处' }).click();
    const viewer = page.getByTestId('source-viewer');
    await expect(viewer.getByTestId('viewer-raw').locator('mark')).toContainText(made.other.slice(0, 6));
    await viewer.getByRole('button', { name: '关闭', exact: true }).click();

    // The same pack dropped on the library panel again: nothing is duplicated.
    const base64 = fs.readFileSync(packFile).toString('base64');
    const dataTransfer = await page.evaluateHandle((data) => {
      const dt = new DataTransfer();
      dt.items.add(new File([Uint8Array.from(atob(data), (c) => c.charCodeAt(0))], '同事的材料包.qwpack', { type: 'application/octet-stream' }));
      return dt;
    }, base64);
    await page.getByTestId('library-panel').dispatchEvent('dragover', { dataTransfer });
    await page.getByTestId('library-panel').dispatchEvent('drop', { dataTransfer });
    await expect(dialog.getByTestId('pack-import-summary')).toContainText('已有，未重复导入');
    await expect(dialog.getByTestId('pack-import-summary')).toContainText('段落：新增 0 段');
    await dialog.getByRole('button', { name: '完成' }).click();
    await page.getByRole('tab', { name: '来源' }).click();
    await expect(page.getByTestId('source-item').filter({ hasText: '示范县学员心得' })).toHaveCount(1);

    // A damaged pack is refused with a clear message and changes nothing.
    const damaged = fs.readFileSync(packFile).subarray(0, 2000);
    await page.getByTestId('pack-file-input').setInputFiles({ name: '坏的材料包.qwpack', mimeType: 'application/octet-stream', buffer: damaged });
    await expect(dialog.getByRole('alert')).toContainText('“坏的材料包.qwpack”没有导入：材料包已损坏');
    await expect(dialog.getByRole('alert')).toContainText('本机的素材库没有任何改动');
    await dialog.getByRole('button', { name: '完成' }).click();
    await page.getByTestId('pack-file-input').setInputFiles({ name: '说明.txt', mimeType: 'text/plain', buffer: Buffer.from('不是材料包') });
    await expect(page.getByTestId('notice')).toContainText('不是材料包：说明.txt');
    await expect(page.getByTestId('source-item').filter({ hasText: '示范县学员心得' })).toHaveCount(1);
  } finally {
    await stopHost(other.child);
    fs.rmSync(otherDir, { recursive: true, force: true });
    fs.rmSync(packFile, { force: true });
  }
});

test('the pack screens in English', async ({ page, host }) => {
  await ownSource(page, host);
  await callApi(page, host, 'savePreferences', { locale: 'en-US' });
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(host.url);
  await page.getByRole('tab', { name: 'Sources' }).click();
  await expect(page.getByTestId('pack-import-button')).toHaveText('Import library pack…');
  await page.getByTestId('pack-select-all').check();
  await expect(page.getByTestId('pack-bar')).toContainText('1 selected');
  await page.screenshot({ path: `${shots}/pack-sources-en-1440.png` });
  await page.getByTestId('pack-export-button').click();
  const dialog = page.getByTestId('pack-export-dialog');
  await expect(dialog).toContainText('Sources in the pack: 1.');
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export' }).click()]);
  const file = await download.path();
  await expect(dialog.getByTestId('pack-export-done')).toContainText('sources 1, passages');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await page.getByTestId('pack-file-input').setInputFiles({ name: 'pack.qwpack', mimeType: 'application/octet-stream', buffer: fs.readFileSync(file!) });
  const summary = page.getByTestId('pack-import-summary');
  await expect(summary).toContainText('already here, not imported twice');
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: `${shots}/pack-import-en-1280.png` });
});

test('a correction in a pack never replaces one made here: it is listed as skipped', async ({ page, host }) => {
  await ownSource(page, host);
  const pack = await callApi<{ dataBase64: string }>(page, host, 'exportLibraryPack', {});
  const otherDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-e2e-pack-'));
  const other = await startHost(otherDir);
  try {
    const mine = await ownSource(page, other.host, '示范县把人居环境整治作为一号工程，我们自己改过这一段。');
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(other.host.url);
    await page.getByRole('tab', { name: '来源' }).click();
    await page.getByTestId('pack-file-input').setInputFiles({ name: '同事的材料包.qwpack', mimeType: 'application/octet-stream', buffer: Buffer.from(pack.dataBase64, 'base64') });
    const summary = page.getByTestId('pack-import-summary');
    await expect(summary).toContainText('已有，未重复导入');
    await expect(summary).toContainText('对段落的修改：跳过 1 处。');
    await summary.getByText('跳过的修改（1）').click();
    await expect(summary.locator('.pack-skipped li')).toHaveText('本机已有不同的修改，保留本机的：示范县把人居环境整治作为一号工程，我们自己改过这一段。');
    await page.screenshot({ path: `${shots}/pack-import-skipped-1280.png` });
    const [kept] = await callApi<Array<{ text: string }>>(page, other.host, 'getPassages', { ids: [mine.passageId] });
    expect(kept!.text).toBe('示范县把人居环境整治作为一号工程，我们自己改过这一段。');
  } finally {
    await stopHost(other.child);
    fs.rmSync(otherDir, { recursive: true, force: true });
  }
});
