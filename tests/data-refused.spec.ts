import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { startHost, stopHost } from './fixtures/browserHost';

const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

test('a user.db from a newer version: a clear Chinese message, the file left untouched', async ({ page }) => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-newer-'));
  const file = path.join(dataDir, 'user.db');
  const db = new Database(file);
  db.exec("CREATE TABLE documents (id TEXT); INSERT INTO documents VALUES ('mine')");
  db.pragma('user_version = 99');
  db.close();
  const before = sha(file);
  const { child, host } = await startHost(dataDir);
  try {
    await page.goto(host.url);
    await expect(page.getByTestId('recovery')).toBeVisible();
    await expect(page.getByTestId('notice')).toContainText('数据文件由更新版本的本程序创建（数据版本 99）');
    await expect(page.getByTestId('notice')).toContainText('文件未做任何改动');
    await expect(page.getByTestId('recovery')).toContainText('没有可用的备份');
    // No editor, no way to write into a file this version does not understand.
    await expect(page.getByRole('button', { name: '新建文稿' })).toHaveCount(0);
  } finally {
    await stopHost(child);
  }
  expect(sha(file)).toBe(before);
  expect(fs.readdirSync(dataDir).filter((f) => f.startsWith('user.db'))).toEqual(['user.db']);
  fs.rmSync(dataDir, { recursive: true, force: true });
});

test('a damaged user.db: the message, the backups offered, a restore brings the documents back', async ({ page }) => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-damaged-'));
  const file = path.join(dataDir, 'user.db');
  let first = await startHost(dataDir);
  try {
    await page.goto(first.host.url);
    await page.getByRole('button', { name: '新建文稿' }).click();
    await page.getByTestId('editor').click();
    await page.keyboard.type('备份里的心得');
    await page.keyboard.press('Control+s');
    await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
    await page.getByRole('button', { name: '设置' }).click();
    await page.getByRole('button', { name: '数据与备份…' }).click();
    await page.getByRole('button', { name: '立即备份' }).click();
    await expect(page.getByTestId('backup-message')).toContainText('已备份');
    await expect(page.getByTestId('backup-row')).toHaveCount(2);
  } finally {
    await stopHost(first.child);
  }
  const bytes = fs.readFileSync(file);
  bytes.fill(0x5a, 0, 100);
  fs.writeFileSync(file, bytes);
  const damaged = sha(file);

  first = await startHost(dataDir);
  try {
    await page.goto(first.host.url);
    await expect(page.getByTestId('notice')).toContainText('数据文件已损坏，无法打开。文件未做任何改动。');
    expect(sha(file)).toBe(damaged);
    await expect(page.getByTestId('backup-row')).toHaveCount(2);
    page.once('dialog', (d) => void d.accept());
    await page.getByTestId('backup-row').filter({ hasText: '手动' }).getByRole('button', { name: '恢复' }).click();
    await expect(page.getByTestId('backup-message')).toContainText('已恢复');
    await expect(page.getByTestId('editor')).toContainText('备份里的心得');
  } finally {
    await stopHost(first.child);
  }
  // The damaged file was set aside unchanged, not deleted.
  const aside = fs.readdirSync(path.join(dataDir, 'backups')).find((f) => f.endsWith('-damaged.db'))!;
  expect(sha(path.join(dataDir, 'backups', aside))).toBe(damaged);
  fs.rmSync(dataDir, { recursive: true, force: true });
});
