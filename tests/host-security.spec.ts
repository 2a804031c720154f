import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { expect, startHost, stopHost, test } from './fixtures/browserHost';

test('a request without the token is refused, in the browser too', async ({ page, host }) => {
  const response = await page.goto(`${host.origin}/`);
  expect(response?.status()).toBe(401);
  // A person there reads how to open the app, in Chinese, not {"code":"unauthorized"} (#20).
  await expect(page.locator('h1')).toHaveText('请用带访问令牌的网址打开');
  await expect(page.locator('body')).not.toContainText('unauthorized');
  await page.screenshot({ path: 'test-results/screenshots/no-token.png' });
  const api = await page.request.post(`${host.origin}/api/listDocuments`, { data: {}, headers: { 'content-type': 'application/json' } });
  expect(api.status()).toBe(401);
  const ok = await page.request.post(`${host.origin}/api/listDocuments`, { data: {}, headers: { 'content-type': 'application/json', 'x-qianwan-token': host.token } });
  expect(ok.status()).toBe(200);
});

// Cookies for 127.0.0.1 go to every port of it. The token used to travel in one, so a second host
// opened in the same browser overwrote the first one's (whose lazily loaded screens then failed with
// 401), and any other local web service the browser visited received the token.
test('two hosts in one browser keep working, and no other local service receives the token', async ({ page, host }) => {
  const otherDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-e2e-second-'));
  const second = await startHost(otherDir);
  const received: string[] = [];
  const service = http.createServer((req, res) => {
    received.push(req.headers.cookie ?? '');
    res.end('another local service');
  });
  await new Promise<void>((resolve) => service.listen(0, '127.0.0.1', () => resolve()));
  try {
    await page.goto(host.url);
    await expect(page.getByRole('button', { name: '新建文稿' })).toBeVisible();
    const other = await page.context().newPage();
    await other.goto(second.host.url);
    await expect(other.getByRole('button', { name: '新建文稿' })).toBeVisible();
    // Back in the first window: a screen whose code is fetched only now (设置).
    await page.getByTestId('open-settings').click();
    await expect(page.getByTestId('profile-dialog')).toBeVisible();
    await page.getByTestId('profile-dialog').getByRole('button', { name: '取消' }).click();
    await other.getByTestId('open-settings').click();
    await expect(other.getByTestId('profile-dialog')).toBeVisible();

    const visit = await page.context().newPage();
    await visit.goto(`http://127.0.0.1:${(service.address() as AddressInfo).port}/`);
    await expect(visit.locator('body')).toHaveText('another local service');
    expect(received.length).toBeGreaterThan(0);
    for (const cookie of received) {
      expect(cookie).not.toContain(host.token);
      expect(cookie).not.toContain(second.host.token);
    }
  } finally {
    service.close();
    await stopHost(second.child);
    fs.rmSync(otherDir, { recursive: true, force: true });
  }
});
