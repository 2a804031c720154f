import type { Page } from '@playwright/test';
import { expect, test, type HostFixture } from './fixtures/browserHost';
import { caretSettled } from './fixtures/caretSettled';

const percent = async (page: Page, testId: string) => Number.parseFloat((await page.getByTestId(testId).innerText()).replace('%', ''));

async function passageText(page: Page, host: HostFixture, query: string): Promise<string> {
  const res = await page.request.post(`${host.origin}/api/searchLibrary`, { headers: { 'x-qianwan-token': host.token }, data: { query, limit: 1 } });
  const body = (await res.json()) as { result: { results: Array<{ text: string }> } };
  return body.result.results[0]!.text;
}

test('check: a cited quote and a pasted passage are coloured differently; one click cites the pasted one and 去除引用复制比 drops', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: '新建文稿' }).click();
  const editor = page.getByTestId('editor');
  await editor.click();
  await page.keyboard.type('学习千万工程经验，我有三点体会。');

  // A quotation inserted from the library, with its citation.
  await page.getByTestId('library-search').fill('二十年久久为功');
  const hit = page.getByTestId('library-result').first();
  await expect(hit.locator('mark').first()).toHaveText('二十年久久为功');
  await hit.getByRole('button', { name: '插入引用' }).click();
  // A seed passage is someone else's essay: the app asks, and the writer cites it anyway.
  await page.getByTestId('essay-quote-cite').click();
  await expect(editor.locator('.quoted-text')).toBeVisible();
  await expect(editor).toBeFocused();
  await caretSettled(page);

  // A passage pasted in without any citation.
  const pasted = await passageText(page, host, '垃圾分类');
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.insertText(pasted);
  await page.keyboard.press('Enter');
  await page.keyboard.type('这是我自己的总结，结合本单位实际抓好落实。');

  await page.getByTestId('check-open').click();
  const panel = page.getByTestId('check-panel');
  await expect(panel.getByTestId('check-result')).toBeVisible({ timeout: 30_000 });
  const quoted = editor.locator('.check-span[data-status="quoted"]');
  const uncited = editor.locator('.check-span[data-status="uncited"]');
  await expect(quoted.first()).toBeVisible();
  await expect(uncited.first()).toBeVisible();
  const colour = (sel: typeof quoted) => sel.first().evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(await colour(quoted)).not.toBe(await colour(uncited));
  await expect(panel.getByTestId('check-source-chart')).toBeVisible();
  await expect(panel.getByTestId('check-paragraphs').locator('li')).not.toHaveCount(0);

  const total = await percent(page, 'check-total');
  const before = await percent(page, 'check-uncited');
  expect(total).toBeGreaterThan(before);
  expect(before).toBeGreaterThan(20);

  // Hover shows where the words come from.
  await uncited.first().hover();
  const card = page.getByTestId('check-card');
  await expect(card).toContainText('未注明出处');
  await expect(card.locator('mark')).not.toBeEmpty();
  await page.screenshot({ path: 'test-results/screenshots/check-before.png' });

  await card.getByTestId('check-cite').click();
  // The re-check after the fix: the pasted words are now a cited quotation.
  await expect.poll(() => percent(page, 'check-uncited'), { timeout: 15_000 }).toBeLessThan(before);
  await expect(panel.getByRole('button', { name: '重新核查' })).toBeEnabled();
  expect(await percent(page, 'check-uncited')).toBeLessThan(5);
  await expect(editor.locator('.check-span[data-status="uncited"]')).toHaveCount(0);
  await expect(editor.locator('sup.citation')).toHaveCount(2);
  // A word-for-word part of a passage is a proper quotation, not a "changed quote".
  await expect(editor.getByTestId('quote-warning')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screenshots/check-after.png' });

  // The compare view from the card of a cited quotation.
  await page.mouse.move(0, 0);
  await editor.locator('.check-span[data-status="quoted"]').last().hover();
  await expect(card).toContainText('已注明出处的引用');
  await expect(card.getByTestId('check-cite')).toHaveCount(0);
  await card.getByTestId('check-compare').click();
  await expect(page.getByTestId('compare-view')).toBeVisible();
  await page.getByTestId('compare-view').getByRole('button', { name: '关闭' }).click();
});

test('check: nothing borrowed in the writer’s own text, re-checked after pasting; the report prints on its own', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: '新建文稿' }).click();
  await page.getByTestId('editor').click();
  await page.keyboard.type('今天上午，我们支部组织党员到社区开展志愿服务，帮助老人打扫楼道、整理花坛，大家干劲很足。');
  await page.getByTestId('check-open').click();
  const panel = page.getByTestId('check-panel');
  await expect(panel.getByTestId('check-none')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('check-own')).toHaveText('100.0%');

  // With automatic re-checking on, pasted library words are found a moment after typing stops.
  await panel.getByTestId('check-auto').check();
  await page.getByTestId('editor').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText(await passageText(page, host, '垃圾分类'));
  await expect(page.getByTestId('editor').locator('.check-span[data-status="uncited"]').first()).toBeVisible({ timeout: 15_000 });
  await expect.poll(() => percent(page, 'check-own')).toBeLessThan(60);
  await page.emulateMedia({ media: 'print' });
  await panel.getByTestId('check-print').click();
  await expect(page.getByTestId('check-report')).toBeVisible();
  await expect(page.getByTestId('editor')).toBeHidden();
  await page.screenshot({ path: 'test-results/screenshots/check-print.png' });
});

test('check: 规范表述 are grey and uncounted; a cited adaptation is cited in every figure; the uncited list adds up (#20 items 5, 6)', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: '新建文稿' }).click();
  const editor = page.getByTestId('editor');
  await editor.click();
  // The template's own sentence and a 提法: standard formulations, not copying.
  await page.keyboard.insertText('近日，我认真学习了浙江“千村示范、万村整治”工程（以下简称“千万工程”）经验，深受启发。我们要始终坚持以人民为中心的发展思想。');
  await page.keyboard.press('Enter');
  // A cited adaptation of a passage.
  await page.getByTestId('library-search').fill('垃圾分类');
  const hit = page.getByTestId('library-result').first();
  await expect(hit.locator('mark').first()).toHaveText('垃圾分类');
  await hit.getByRole('button', { name: '改写使用' }).click();
  // Its 为农村地区 names no place (本地化 once offered 为农村): no dialog comes between.
  await expect(editor.locator('.adapted-text')).toBeVisible();
  await editor.click();
  await caretSettled(page);
  // And words pasted without a citation.
  const pasted = await passageText(page, host, '二十年久久为功');
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.insertText(pasted.slice(0, 60));

  await page.getByTestId('check-open').click();
  const panel = page.getByTestId('check-panel');
  await expect(panel.getByTestId('check-result')).toBeVisible({ timeout: 30_000 });
  const standard = editor.locator('.check-span[data-status="standard"]');
  await expect(standard.first()).toBeVisible();
  expect(await standard.allInnerTexts()).toEqual(expect.arrayContaining(['千村示范、万村整治”工程（以下简称“千万工程', '坚持以人民为中心的发展思想']));
  await expect(panel.getByTestId('check-standard-note')).toContainText('规范表述');
  await standard.first().hover();
  await expect(page.getByTestId('check-card')).toContainText('规范表述');
  await page.mouse.move(0, 0);

  // The adaptation is blue in the text and nowhere counted as uncited.
  await expect(editor.locator('.check-span[data-status="adapted"]').first()).toBeVisible();
  const adaptedPara = panel.getByTestId('check-paragraphs').locator('button').nth(1);
  await expect(adaptedPara).toHaveAttribute('data-uncited', '0');
  expect(Number(await adaptedPara.getAttribute('data-cited'))).toBeGreaterThan(0);

  // 去除引用复制比 is exactly what the 未注明出处 list holds.
  const uncitedRatio = Number.parseFloat((await page.getByTestId('check-uncited').innerText()).replace('%', ''));
  const listed = await panel.getByTestId('check-uncited-list').locator('li').count();
  expect(listed).toBeGreaterThan(0);
  const bars = panel.getByTestId('check-source-bar');
  const uncitedInBars = (await bars.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-uncited'))))).reduce((a, b) => a + b, 0);
  const uncitedInParas = (await panel.getByTestId('check-paragraphs').locator('button').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-uncited'))))).reduce((a, b) => a + b, 0);
  expect(uncitedInBars).toBe(uncitedInParas);
  expect(uncitedRatio).toBeGreaterThan(0);
  // Each uncited item shows its words and, on a line of its own, the source as the note names it.
  const item = panel.getByTestId('check-uncited-list').locator('li').first();
  const textBox = (await item.getByTestId('check-uncited-text').boundingBox())!;
  const sourceBox = (await item.getByTestId('check-uncited-source').boundingBox())!;
  expect(sourceBox.y).toBeGreaterThanOrEqual(textBox.y + textBox.height - 1);
  await expect(item.getByTestId('check-uncited-source')).toContainText('关于学习浙江“千万工程”经验感悟');
  await page.screenshot({ path: 'test-results/screenshots/check-standard.png' });
});

test('check: the writer’s own 规范表述 are listed, added and removed in the check panel, and the check follows each change', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: '新建文稿' }).click();
  const editor = page.getByTestId('editor');
  await editor.click();
  const pasted = (await passageText(page, host, '二十年久久为功')).slice(0, 40);
  await page.keyboard.insertText(`我们单位的提法是：${pasted}`);
  await page.getByTestId('check-open').click();
  const panel = page.getByTestId('check-panel');
  const uncited = editor.locator('.check-span[data-status="uncited"]');
  await expect(uncited.first()).toBeVisible({ timeout: 30_000 });

  const own = panel.getByTestId('check-own-standard');
  await own.locator('summary').click();
  await expect(own.locator('summary')).toHaveText('我的规范表述（0）');
  await expect(own).toContainText('还没有添加');
  // One character is not a formulation: the button stays off.
  await own.getByTestId('check-own-standard-input').fill('村');
  await expect(own.getByRole('button', { name: '添加' })).toBeDisabled();
  await own.getByTestId('check-own-standard-input').fill(pasted);
  await own.getByTestId('check-own-standard-input').press('Enter');
  await expect(own.getByTestId('check-own-standard-item')).toHaveCount(1);
  await expect(own.locator('summary')).toHaveText('我的规范表述（1）');
  // The check ran again: the words are standard now, in no borrowed figure.
  await expect(uncited).toHaveCount(0, { timeout: 30_000 });
  await expect(editor.locator('.check-span[data-status="standard"]').first()).toBeVisible();
  await expect(page.getByTestId('check-uncited')).toHaveText('0.0%');
  await page.screenshot({ path: 'test-results/screenshots/check-own-standard.png' });

  // Removed again: counted again.
  await own.getByRole('button', { name: `移除规范表述“${pasted}”` }).click();
  await expect(own.getByTestId('check-own-standard-item')).toHaveCount(0);
  await expect(uncited.first()).toBeVisible({ timeout: 30_000 });
  expect(Number.parseFloat((await page.getByTestId('check-uncited').innerText()).replace('%', ''))).toBeGreaterThan(0);

  // A span set as standard from its hover card shows up in the list.
  await uncited.first().hover();
  await page.getByTestId('check-mark-standard').click();
  await expect(own.getByTestId('check-own-standard-item')).toHaveCount(1, { timeout: 30_000 });
});
