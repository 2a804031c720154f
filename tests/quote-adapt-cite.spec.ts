import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/browserHost';
import { caretSettled, isCaretSettled } from './fixtures/caretSettled';

async function newDocument(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole('button', { name: '新建文稿' }).click();
  await page.getByTestId('editor').click();
}


/** Uses the first result of a search, then waits for the editor to take the focus and the caret back. */
async function use(page: Page, query: string, button: '插入引用' | '改写使用' | '参见') {
  await (await search(page, query)).getByRole('button', { name: button }).click();
  // The editor takes the focus back, unless 本地化 opens its dialog for the adapted passage, which takes it.
  await expect.poll(async () => (await page.getByTestId('localise-dialog').count()) > 0 || (await isCaretSettled(page))).toBe(true);
}

async function search(page: Page, query: string) {
  await page.getByTestId('library-search').fill(query);
  // Wait for this query's results, not the previous query's that are still on screen.
  const first = page.getByTestId('library-result').first();
  await expect(first.locator('mark').first()).toHaveText(query.split(/\s+/)[0]!);
  return first;
}

test('adapt a passage, edit it, and watch 改写度 rise; the compare view shows the changes', async ({ page, host }) => {
  await newDocument(page, host.url);
  await page.keyboard.type('我的体会如下。');
  const hit = await search(page, '四治融合模式');
  await hit.getByRole('button', { name: '改写使用' }).click();
  // The passage names places: the localisation offer comes first; keep the names this time.
  await page.getByTestId('localise-dialog').getByRole('button', { name: '暂不替换' }).click();
  const editor = page.getByTestId('editor');
  const adapted = editor.locator('.adapted-text');
  await expect(adapted).toBeVisible();
  const badge = editor.getByTestId('rewrite-degree');
  await expect(badge).toHaveAttribute('data-degree', '0');
  await expect(editor.locator('sup.citation')).toHaveAttribute('data-kind', 'adaptation');

  // Rewrite the beginning of the adaptation in the writer's own words.
  await adapted.click();
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+End');
  await page.keyboard.type('我们镇结合实际探索网格化治理。');
  await expect(badge).not.toHaveAttribute('data-degree', '0');
  const degree = Number(await badge.getAttribute('data-degree'));
  expect(degree).toBeGreaterThan(0);
  await badge.click();
  const compare = page.getByTestId('compare-view');
  await expect(compare).toContainText('对照原文');
  await expect(compare.locator('ins').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/compare-view.png' });
  await compare.getByRole('button', { name: '关闭' }).click();
});

test('a changed quotation is flagged and can be restored; see-also cites without text', async ({ page, host }) => {
  await newDocument(page, host.url);
  const hit = await search(page, '二十年久久为功');
  await hit.getByRole('button', { name: '插入引用' }).click();
  await page.getByTestId('essay-quote-cite').click();
  const editor = page.getByTestId('editor');
  const quoted = editor.locator('.quoted-text');
  await expect(quoted).toBeVisible();
  const original = await quoted.innerText();
  await quoted.click({ position: { x: 30, y: 8 } });
  await page.keyboard.type('改动');
  const warning = editor.getByTestId('quote-warning');
  await expect(warning).toContainText('引文与原文不一致');
  await warning.getByRole('button', { name: '恢复原文' }).click();
  await expect(warning).toHaveCount(0);
  await expect(editor.locator('.quoted-text')).toHaveText(original);
  await expect(editor).toBeFocused();
  // The editor takes the focus back on the next frame and puts the caret where its state has it.
  await caretSettled(page);

  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('另见');
  await expect(editor.locator('p').last()).toHaveText('另见');
  await caretSettled(page);
  await use(page, '地球卫士奖', '参见');
  await expect(editor.locator('sup.citation[data-kind="seeAlso"]')).toHaveAttribute('data-n', '2');
  await expect(page.getByTestId('footnotes').locator('li')).toHaveCount(2);
  await expect(page.getByTestId('footnotes').locator('li').nth(1)).toContainText(/\[\d{4}-\d{2}-\d{2}\]/);
});

test('citations renumber when a paragraph moves, adjacent ones merge, deleting the text removes the note', async ({ page, host }) => {
  await newDocument(page, host.url);
  const editor = page.getByTestId('editor');
  await page.keyboard.type('第一段');
  await page.keyboard.press('Enter');
  await page.keyboard.type('第二段');
  // Keyboard only: a click's exact spot can land at a paragraph boundary.
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('End');
  await caretSettled(page);
  await use(page, '地球卫士奖', '参见');
  await page.keyboard.press('Control+End');
  await caretSettled(page);
  await use(page, '四治融合', '参见');
  // [1] notes (顺序编码制): adjacent citations merge into one group label.
  await page.getByTestId('notes-mode').selectOption('numbered');
  await editor.click();
  await expect(editor.locator('p').nth(0).locator('sup.citation')).toHaveAttribute('data-label', '[1]');
  await expect(editor.locator('p').nth(1).locator('sup.citation')).toHaveAttribute('data-label', '[2]');
  const firstNote = await page.getByTestId('footnotes').locator('li').nth(0).innerText();

  // Move the second paragraph above the first (Word's Alt+Shift+↑).
  await editor.locator('p').nth(1).click();
  await page.keyboard.press('Alt+Shift+ArrowUp');
  await expect(editor.locator('p').nth(0)).toContainText('第二段');
  await expect(editor.locator('p').nth(0).locator('sup.citation')).toHaveAttribute('data-label', '[1]');
  await expect(editor.locator('p').nth(1).locator('sup.citation')).toHaveAttribute('data-label', '[2]');
  await expect(page.getByTestId('footnotes').locator('li').nth(1)).toHaveText(firstNote.replace('[1]', '[2]'));

  // Two citations side by side show as one group.
  await editor.locator('p').nth(1).click();
  await page.keyboard.press('Control+End');
  await caretSettled(page);
  await use(page, '擦亮小城镇', '参见');
  await use(page, '鱼水感情', '参见');
  await expect(editor.locator('p').nth(1).locator('sup.citation').first()).toHaveAttribute('data-label', '[2-4]');
  await page.screenshot({ path: 'test-results/screenshots/citations-footnotes.png' });

  // Deleting the first paragraph with its citation removes that note and renumbers the rest.
  await editor.locator('p').nth(0).click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Shift+ArrowDown');
  await caretSettled(page);
  await page.keyboard.press('Delete');
  await expect(editor.locator('p').nth(0)).not.toContainText('第二段');
  await expect(page.getByTestId('footnotes').locator('li')).toHaveCount(3);
});

test('localise an adaptation with the profile, and the choice is remembered', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByTestId('open-settings').click();
  const profile = page.getByTestId('profile-dialog');
  await profile.getByTestId('profile-name').fill('王某');
  await profile.getByTestId('profile-unit').fill('城关镇人民政府');
  await profile.getByTestId('profile-region').fill('城关镇');
  await profile.getByRole('button', { name: '保存' }).click();
  await expect(profile).toHaveCount(0);

  await page.getByRole('button', { name: '新建文稿' }).click();
  await page.getByTestId('editor').click();
  await use(page, '四治融合模式', '改写使用');
  const dialog = page.getByTestId('localise-dialog');
  await expect(dialog).toContainText('东沙镇');
  const row = dialog.locator('li', { hasText: '东沙镇' }).first();
  await expect(row.getByTestId('localise-replacement')).toHaveValue('城关镇');
  await expect(row.getByTestId('localise-check')).not.toBeChecked();
  await row.getByTestId('localise-check').check();
  // 海淀 names a county-level division; the profile (城关镇) names none, so 我县 is offered.
  await expect(dialog.locator('li', { hasText: '海淀' }).getByTestId('localise-replacement')).toHaveValue('我县');
  await dialog.locator('li', { hasText: '海淀' }).getByTestId('localise-check').check();
  await page.screenshot({ path: 'test-results/screenshots/localise.png' });
  await dialog.getByRole('button', { name: '替换', exact: true }).click();
  const adapted = page.getByTestId('editor').locator('.adapted-text');
  await expect(adapted).toContainText('城关镇成立网格理事会');
  await expect(adapted).not.toContainText('东沙镇');
  await expect(adapted).toContainText('我县要挖掘');
  await expect(page.getByTestId('editor').getByTestId('rewrite-degree')).not.toHaveAttribute('data-degree', '0');

  // A second adaptation of the same passage offers the remembered choices.
  await page.keyboard.press('Control+End');
  await use(page, '四治融合模式', '改写使用');
  await expect(page.getByTestId('localise-dialog').locator('li', { hasText: '海淀' }).getByTestId('localise-replacement')).toHaveValue('我县');
  await page.getByTestId('localise-dialog').getByRole('button', { name: '暂不替换' }).click();
});

test('本地化 finds whole place names against the gazetteer and offers one replacement per level (#20 item 2)', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByTestId('open-settings').click();
  const profile = page.getByTestId('profile-dialog');
  await profile.getByTestId('profile-region').fill('青山县');
  await profile.getByRole('button', { name: '保存' }).click();
  await expect(profile).toHaveCount(0);

  await page.getByRole('button', { name: '新建文稿' }).click();
  await page.getByTestId('editor').click();
  await use(page, '七王坟村', '改写使用');
  const dialog = page.getByTestId('localise-dialog');
  const rows = dialog.getByTestId('localise-row');
  await expect(rows.getByTestId('localise-name')).toHaveText(['苏家坨镇（1）', '车耳营村（1）', '七王坟村（1）', '京西（1）', '海淀（1）']);
  expect(await rows.getByTestId('localise-replacement').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).toEqual(['我镇', '我村', '我村', '青山县', '青山县']);
  await expect(dialog).not.toContainText('网红村');
  await page.screenshot({ path: 'test-results/screenshots/localise-levels.png' });
  for (const check of await rows.getByTestId('localise-check').all()) await check.check();
  await dialog.getByRole('button', { name: '替换', exact: true }).click();
  const adapted = page.getByTestId('editor').locator('.adapted-text');
  await expect(adapted).toContainText('：我村、我村，坐落于');
  // 京西海淀, both the writer's county, becomes the county once.
  await expect(adapted).toContainText('打造出青山县独有的“网红村”');
  await expect(adapted).not.toContainText('青山县青山县');
  await expect(adapted).not.toContainText('青山县车');
});
