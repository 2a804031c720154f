import { expect, test } from './fixtures/browserHost';

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
