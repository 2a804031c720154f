import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/browserHost';
import { callApi } from './fixtures/callApi';

// Hostile clipboard content pasted into the real editor in Chromium: the text arrives, nothing in it
// runs or loads, and the document that is saved holds no markup from it.

async function pasteHtml(page: Page, html: string, text = '') {
  await page.evaluate(
    ([h, t]) => {
      const data = new DataTransfer();
      data.setData('text/html', h!);
      data.setData('text/plain', t!);
      const target = document.querySelector('[data-testid="editor"]')!;
      target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    },
    [html, text],
  );
}

test('pasted scripts, handlers, frames and deep nesting: text kept, nothing runs', async ({ page, host }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const dialogs: string[] = [];
  page.on('dialog', (d) => (dialogs.push(d.message()), void d.dismiss()));
  await page.goto(host.url);
  await page.getByRole('button', { name: '新建文稿' }).click();
  await page.getByTestId('editor').click();

  await pasteHtml(
    page,
    `<p onclick="window.__pwned=1">第一段千万工程</p><img src="http://127.0.0.1:1/x.png" onerror="window.__pwned=2"><script>window.__pwned=3</script>` +
      `<iframe src="javascript:window.parent.__pwned=4"></iframe><a href="javascript:window.__pwned=5">链接文字</a><svg onload="window.__pwned=6"></svg>` +
      `<style>*{background:url(http://127.0.0.1:1/bg.png)}</style><p style="background:url(http://127.0.0.1:1/p.png)">第二段</p>`,
  );
  await pasteHtml(page, `${'<div>'.repeat(20000)}深处的文字${'</div>'.repeat(20000)}`);
  await pasteHtml(page, '', '纯文本\u0000带\u0007控制字符🌾𠀀');

  const editor = page.getByTestId('editor');
  await expect(editor).toContainText('第一段千万工程');
  await expect(editor).toContainText('链接文字');
  await expect(editor).toContainText('第二段');
  await expect(editor).toContainText('深处的文字');
  await expect(editor).toContainText('纯文本带控制字符🌾𠀀');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await editor.locator('img, script, iframe, svg, style, a[href^="javascript"]').count()).toBe(0);
  expect(await editor.evaluate((el) => el.innerHTML)).not.toMatch(/onerror|onclick|onload|javascript:|url\(/);
  expect(dialogs).toEqual([]);
  expect(requests.filter((u) => u.startsWith('http://127.0.0.1:1/'))).toEqual([]);

  // What is saved is the clean document.
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  const id = (await callApi<Array<{ id: string }>>(page, host, 'listDocuments'))[0]!.id;
  const saved = JSON.stringify((await callApi<{ content: unknown }>(page, host, 'getDocument', { id })).content);
  expect(saved).toContain('第一段千万工程');
  expect(saved).not.toMatch(/onerror|onclick|javascript:|<script|\\u0000/);
});
