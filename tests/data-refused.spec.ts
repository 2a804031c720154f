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
    await expect(page.getByTestId('notice')).toContainText('数据文件由更新版本的本程序创建（数据版本 99）');
    await expect(page.getByTestId('notice')).toContainText('文件未做任何改动');
    await page.getByRole('button', { name: '新建文稿' }).click();
    await expect(page.getByTestId('notice')).toContainText('更新版本');
  } finally {
    await stopHost(child);
  }
  expect(sha(file)).toBe(before);
  expect(fs.readdirSync(dataDir).filter((f) => f.startsWith('user.db'))).toEqual(['user.db']);
  fs.rmSync(dataDir, { recursive: true, force: true });
});
