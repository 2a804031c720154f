import path from 'node:path';
import Database from 'better-sqlite3';
import { callApi } from './fixtures/callApi';
import { expect, test } from './fixtures/browserHost';

// A profile row damaged on disk (a crash mid-write on an old version, a hand edit) was read as an
// empty profile and overwritten by the next save, the remembered 本地化 choices lost unseen. Now the
// settings say so, in the writer's language, and the damaged text is kept aside when a new one is saved.

test('a damaged profile is said in the settings, and kept aside when a new one is saved', async ({ page, host }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await callApi(page, host, 'saveProfile', { name: '张三', replacements: { 东沙镇: '城关镇' } });
  const damaged = '{"name":"张三","replacements":{"东沙镇":';
  // A second connection, as SQLite allows beside the host's (WAL).
  const db = new Database(path.join(host.dataDir, 'user.db'));
  db.prepare("UPDATE settings SET value = ? WHERE key = 'profile'").run(damaged);

  await page.goto(host.url);
  await page.getByTestId('open-settings').click();
  const dialog = page.getByTestId('profile-dialog');
  await expect(dialog.getByTestId('profile-damaged')).toContainText('保存的个人信息已损坏');
  await page.screenshot({ path: 'test-results/screenshots/profile-damaged-zh.png' });

  await dialog.getByTestId('language-select').selectOption('en-US');
  await expect(dialog.getByTestId('profile-damaged')).toContainText('The saved profile is damaged');
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.screenshot({ path: 'test-results/screenshots/profile-damaged-en.png' });

  await dialog.getByTestId('profile-name').fill('李四');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  expect(await callApi(page, host, 'getProfile')).toEqual({ name: '李四', unit: '', position: '', region: '', replacements: {} });
  expect(db.prepare("SELECT value FROM settings WHERE key = 'profile.damaged'").pluck().get()).toBe(damaged);
  db.close();
});
