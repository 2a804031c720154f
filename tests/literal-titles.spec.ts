import { expect, test } from './fixtures/browserHost';

// A title is text, never markup: typed into the title field, it is stored and shown literally in the
// list, the editor and the document's heading, and nothing in it runs.
const TITLES = ['<img src=x onerror=alert(1)>', '<script>alert(2)</script>', "'; DROP TABLE documents; --", '../../etc/passwd', '心得\u202E体会'];

test('titles with HTML, SQL, paths and RTL marks show as text and run nothing', async ({ page, host }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    if (d.type() === 'beforeunload') return void d.accept();
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(host.url);
  for (const [i, title] of TITLES.entries()) {
    await page.getByRole('button', { name: '新建文稿' }).click();
    // The new document's pane, not the previous one's, before typing its title.
    await expect(page.locator('.doc-item')).toHaveCount(i + 1);
    await expect(page.locator('.doc-item.selected .doc-title')).toHaveText('未命名文稿');
    await page.getByTestId('title-input').fill(title);
    await page.getByTestId('editor').click();
    await page.keyboard.type('正文');
    await expect(page.locator('.doc-title', { hasText: title })).toHaveCount(1);
  }
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  await page.reload();
  for (const title of TITLES) {
    const item = page.locator('.doc-title').filter({ hasText: title });
    await expect(item).toHaveCount(1);
    expect(await item.textContent()).toBe(title);
  }
  // The markup never became elements anywhere on the page.
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(await page.locator('.doc-list script').count()).toBe(0);
  await page.locator('.doc-title', { hasText: '<img src=x onerror=alert(1)>' }).click();
  await expect(page.getByTestId('title-input')).toHaveValue('<img src=x onerror=alert(1)>');
  expect(dialogs).toEqual([]);
  // Stored literally: the API returns exactly what was typed.
  const res = await page.request.post(`${host.origin}/api/listDocuments`, { data: {}, headers: { 'content-type': 'application/json', 'x-qianwan-token': host.token } });
  const docs = ((await res.json()) as { result: Array<{ title: string }> }).result;
  expect(docs.map((d) => d.title).sort()).toEqual([...TITLES].sort());
});
