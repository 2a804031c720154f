import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/browserHost';
import { callApi } from './fixtures/callApi';

const fixtures = path.resolve(__dirname, '..', 'electron', 'node', 'library', 'pipeline', '__tests__', 'fixtures');
const file = (name: string, mimeType: string) => ({ name, mimeType, buffer: fs.readFileSync(path.join(fixtures, name)) });

async function importFiles(page: Page): Promise<void> {
  await page.getByRole('tab', { name: '来源' }).click();
  // A spam mirror's copy (a leader's name masked, no twin to restore it from) and a paste with garbled lines.
  await page.getByTestId('import-file-input').setInputFiles([file('spam-mirror.html', 'text/html'), file('mojibake-paste.txt', 'text/plain')]);
  const dialog = page.getByTestId('import-dialog');
  await expect(dialog.getByTestId('import-preview').first()).toBeVisible();
  await dialog.getByRole('button', { name: '保存到素材库' }).click();
  await expect(dialog.getByTestId('import-summary')).toBeVisible();
  await dialog.getByRole('button', { name: '完成' }).click();
}

test('a passage the build could not put right carries a warning badge in the results and the source viewer', async ({ page, host }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(host.url);
  await importFiles(page);

  await page.getByRole('tab', { name: '搜索' }).click();
  await page.getByTestId('library-search').fill('亲自谋划、亲自部署');
  const masked = page.getByTestId('library-result').filter({ hasText: '***总书记' }).first();
  await expect(masked).toBeVisible();
  const badge = masked.getByTestId('passage-flag');
  await expect(badge).toHaveText('⚠ 名称被遮蔽');
  await expect(badge).toHaveAttribute('title', /没有补上。引用前请核对原文/);
  await masked.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/passage-flag-results-1280.png' });

  // A clean passage of the same page has none.
  await page.getByTestId('library-search').fill('一张蓝图绘到底，一任接着一任干，以钉钉子精神');
  await expect(page.getByTestId('library-result').first()).toBeVisible();
  await expect(page.getByTestId('library-result').first().getByTestId('passage-flag')).toHaveCount(0);

  await page.getByTestId('library-search').fill('积分制');
  const garbled = page.getByTestId('library-result').filter({ hasText: '推行“积分制”管理' }).first();
  await expect(garbled.getByTestId('passage-flag')).toHaveText('⚠ 已删去乱码');
  await garbled.getByRole('button', { name: '查看出处' }).click();
  const viewer = page.getByTestId('source-viewer');
  await expect(viewer).toBeVisible();
  const flagged = viewer.getByTestId('viewer-passage').filter({ has: page.getByTestId('passage-flag') });
  await expect(flagged).toHaveCount(3);
  // The raw original still shows what was left out.
  await expect(viewer.getByTestId('viewer-raw')).toContainText('锟斤拷');
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.screenshot({ path: 'test-results/screenshots/passage-flag-viewer-1440.png' });
  await viewer.getByRole('button', { name: '关闭', exact: true }).click();

  await callApi(page, host, 'savePreferences', { locale: 'en-US' });
  await page.reload();
  await page.getByTestId('library-search').fill('亲自谋划、亲自部署');
  const english = page.getByTestId('library-result').filter({ hasText: '***总书记' }).first().getByTestId('passage-flag');
  await expect(english).toHaveText('⚠ Name masked');
  await expect(english).toHaveAttribute('title', /Check the original before quoting/);
  await english.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/passage-flag-results-en-1440.png' });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: 'test-results/screenshots/passage-flag-results-en-1280.png' });
});
