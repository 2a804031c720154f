import { expect, test } from './fixtures/browserHost';

test('Enter right after changing the query acts on the first result of the new query, never on the old list or its selection', async ({ page, host }) => {
  // The second query's search is held until Enter has been pressed, so Enter always meets the old list on screen.
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let heldFirst: { id: string; text: string } | null = null;
  await page.route('**/api/searchLibrary', async (route) => {
    const input = route.request().postDataJSON() as { query?: string; offset?: number };
    if (input.query !== '久久为功' || input.offset !== 0) return route.continue();
    const response = await route.fetch();
    const reply = (await response.json()) as { ok: boolean; result: { results: Array<{ id: string; text: string }> } };
    heldFirst = reply.result.results[0] ?? null;
    await released;
    await route.fulfill({ response });
  });

  await page.goto(host.url);
  await page.getByRole('button', { name: '新建文稿' }).click();
  await page.getByTestId('editor').click();
  await page.keyboard.type('开头。');

  const box = page.getByTestId('library-search');
  await page.keyboard.press('Control+k');
  await expect(box).toBeFocused();
  await page.keyboard.type('垃圾分类');
  await expect(page.getByTestId('library-count')).toContainText('共');
  await box.press('ArrowDown');
  const oldSelected = page.getByTestId('library-result').nth(1);
  await expect(oldSelected).toHaveClass(/selected/);
  const oldIds = await page.getByTestId('library-result').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-passage-id')));

  await box.fill('久久为功');
  await box.press('Enter');
  const dialog = page.getByTestId('essay-quote-dialog');
  await expect.poll(() => heldFirst).not.toBeNull();
  // Enter met the 垃圾分类 list (its answer is still held): nothing of that list was acted on.
  await expect(dialog).toHaveCount(0);
  expect(oldIds).not.toContain(heldFirst!.id);
  release();

  // Once the 久久为功 results land, the Enter acts on their first: the 参考范文 warning shows that passage.
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('.essay-quote-text')).toContainText(heldFirst!.text.slice(0, 20));
  await expect(page.getByTestId('library-result').first()).toHaveAttribute('data-passage-id', heldFirst!.id);
  await expect(page.getByTestId('editor').locator('.quoted-text, .adapted-text')).toHaveCount(0);
});
