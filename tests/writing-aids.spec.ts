import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/browserHost';
import { callApi } from './fixtures/callApi';

async function fillProfile(page: Page) {
  await page.getByTestId('open-settings').click();
  const profile = page.getByTestId('profile-dialog');
  await profile.getByTestId('profile-name').fill('王某');
  await profile.getByTestId('profile-unit').fill('城关镇人民政府');
  await profile.getByTestId('profile-position').fill('副镇长');
  await profile.getByTestId('profile-region').fill('城关镇');
  await profile.getByRole('button', { name: '保存' }).click();
  await expect(profile).toBeHidden();
}

test('新建 → 从模板: the chooser, the profile filled in, the outline and the writing guide', async ({ page, host }) => {
  await page.goto(host.url);
  await fillProfile(page);
  await page.getByTestId('new-from-template').click();
  const chooser = page.getByTestId('template-chooser');
  await expect(chooser.getByTestId('template-option')).toHaveText(['心得体会', '研讨发言材料', '专题培训心得']);
  await chooser.getByTestId('template-option').filter({ hasText: '研讨发言材料' }).click();
  await expect(chooser.getByTestId('template-detail')).toContainText('三、结合城关镇实际推动经验落地见效');
  await expect(chooser.getByTestId('template-detail')).toContainText('2023年学习浙江“千万工程”经验案例专题研讨心得发言材料');
  await page.screenshot({ path: 'test-results/template-chooser.png' });
  await chooser.getByTestId('template-create').click();
  await expect(chooser).toBeHidden();

  await expect(page.getByTestId('title-input')).toHaveValue('在学习浙江“千万工程”经验专题研讨会上的发言');
  const editor = page.getByTestId('editor');
  await expect(editor.locator('h1')).toHaveText(['一、深刻把握“千万工程”蕴含的理念和方法', '二、学习借鉴浙江经验的具体做法', '三、结合城关镇实际推动经验落地见效']);
  // The draft ends with its closing words; the author line (城关镇人民政府, 副镇长, 王某) is set by the
  // layout when exporting — under the title in 材料格式 — so it is not typed into the text.
  await expect(editor.locator('p').last()).toHaveText('我的发言就到这里，不当之处请大家批评指正。');
  await expect(editor).not.toContainText('副镇长');

  const outline = page.getByTestId('outline');
  await expect(outline.getByTestId('outline-item')).toHaveCount(3);
  await outline.getByTestId('outline-item').nth(1).getByRole('button', { name: '二、学习借鉴浙江经验的具体做法' }).click();
  await expect(outline.getByTestId('outline-item').nth(1)).toHaveClass(/current/);
  await page.keyboard.press('Enter');
  await page.keyboard.type('浙江坚持规划先行');
  await expect(editor.locator('h1').nth(1)).toHaveText('二、学习借鉴浙江经验的具体做法');
  await expect(editor.locator('h1').nth(1).locator('xpath=following-sibling::p[1]')).toHaveText('浙江坚持规划先行');

  // A section's "suggest passages" opens the library filtered to its kind and theme.
  const guide = page.getByTestId('template-guide');
  await expect(guide.getByTestId('guide-section')).toHaveCount(5);
  await guide.getByTestId('guide-section').nth(2).getByTestId('suggest-passages').click();
  await expect(page.getByTestId('filter-kind')).toHaveValue('做法');
  await expect(page.getByTestId('filter-theme')).toHaveValue('产业发展');
  const results = page.getByTestId('library-result');
  await expect(results.first()).toBeVisible();
  for (const tag of await results.locator('.result-meta').allTextContents()) expect(tag).toContain('做法');

  // A quotation in section 二 and one in section 三; moving 三 above 二 takes its text and note along.
  const idA = await results.nth(0).getAttribute('data-passage-id');
  const idB = await results.nth(1).getAttribute('data-passage-id');
  await results.nth(0).getByRole('button', { name: '插入引用' }).click();
  await page.getByTestId('essay-quote-cite').click();
  await expect(editor).toBeFocused();
  await outline.getByTestId('outline-item').nth(2).getByRole('button', { name: /^三、/ }).click();
  await page.keyboard.press('Enter');
  await page.keyboard.type('结合本地实际');
  // The pointer passing over the results no longer selects (and shifts) them: the button takes the click.
  await results.nth(1).getByRole('button', { name: '插入引用' }).click();
  await page.getByTestId('essay-quote-cite').click();
  await expect(editor).toBeFocused();
  const notes = page.getByTestId('footnotes').locator('li');
  await expect(notes).toHaveCount(2);
  expect(await notes.evaluateAll((els) => els.map((e) => e.getAttribute('data-passage-id')))).toEqual([idA, idB]);
  await expect(outline.getByTestId('outline-item').nth(2)).toHaveClass(/current/);
  await page.screenshot({ path: 'test-results/outline-guide.png' });

  await outline.getByTestId('outline-item').nth(2).getByRole('button', { name: '上移本节（连同正文和注释）' }).click();
  await expect(editor.locator('h1')).toHaveText(['一、深刻把握“千万工程”蕴含的理念和方法', '三、结合城关镇实际推动经验落地见效', '二、学习借鉴浙江经验的具体做法']);
  await expect(outline.getByTestId('outline-item').nth(1)).toHaveClass(/current/);
  await expect.poll(() => notes.evaluateAll((els) => els.map((e) => e.getAttribute('data-passage-id')))).toEqual([idB, idA]);
  await expect(editor.locator('sup.citation').first()).toHaveAttribute('data-label', '①');
  // One undo puts the sections back.
  await page.keyboard.press('Control+z');
  await expect(editor.locator('h1').nth(1)).toHaveText('二、学习借鉴浙江经验的具体做法');
});

test('字数统计 as Word and WPS count it (full-width punctuation is 字), each figure saying what it counts, and a 字数 goal kept with the document', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: '新建文稿' }).click();
  const editor = page.getByTestId('editor');
  await editor.click();
  // Word/WPS: 学习千万工程经验(8) 第二段(3) = 11 Chinese characters, 。(1) full-width, APP(1) → 字数 13.
  await page.keyboard.type('学习千万工程 APP 经验。');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('第二段');
  await expect(page.getByTestId('word-count')).toHaveText('字数 13');
  await page.getByTestId('open-word-count').click();
  const dialog = page.getByTestId('word-count-dialog');
  const row = (id: string) => dialog.getByTestId(`count-${id}`).locator('td');
  await expect(row('words')).toHaveText('13');
  await expect(row('cjk')).toHaveText('12');
  await expect(row('nonCjk')).toHaveText('1');
  await expect(row('paragraphs')).toHaveText('2');
  await expect(row('charsWithSpaces')).toHaveText('17');
  await expect(row('charsNoSpaces')).toHaveText('15');
  await expect(dialog.getByTestId('count-words').locator('th')).toContainText('每个汉字、每个全角标点各算 1 字');
  await page.screenshot({ path: 'test-results/screenshots/word-count.png' });
  await dialog.getByTestId('word-goal').fill('２６');
  // The goal is a document option, stored by its own call: wait for the service to acknowledge it.
  const goalSaved = page.waitForResponse((r) => r.url().endsWith('/api/setDocumentOptions'));
  await dialog.getByTestId('word-count-close').click();
  expect((await goalSaved).ok()).toBe(true);
  await expect(page.getByTestId('goal-progress')).toHaveText('目标 26 字 · 50%');
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('继续写下去直到字数足够了吧');
  await expect(page.getByTestId('goal-progress')).toHaveText('已达到 26 字目标');
  // The text is stored (what the reload reads), whatever the status bar showed a moment ago.
  const id = await page.locator('.doc-item.selected').getAttribute('data-document-id');
  await expect.poll(async () => JSON.stringify((await callApi<{ content: unknown }>(page, host, 'getDocument', { id })).content)).toContain('足够了吧');
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  await page.reload();
  await expect(page.getByTestId('goal-progress')).toHaveText('已达到 26 字目标');
});

test('find and replace: Ctrl+F finds across forms, Ctrl+H replaces all in one undo step, citations untouched', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: '新建文稿' }).click();
  const editor = page.getByTestId('editor');
  await editor.click();
  await page.keyboard.type('学习千萬工程经验，QWX 与 ｑｗｘ。');
  // A quotation with its citation in the same paragraph.
  await page.getByTestId('library-search').fill('四治融合模式');
  const hit = page.getByTestId('library-result').first();
  await expect(hit.locator('mark').first()).toHaveText('四治融合模式');
  await hit.getByRole('button', { name: '插入引用' }).click();
  await page.getByTestId('essay-quote-cite').click();
  await expect(editor).toBeFocused();
  await expect(editor.locator('sup.citation')).toHaveCount(1);
  const quoted = await editor.locator('[data-passage-id], .quoted').first().textContent();

  await page.keyboard.press('Control+f');
  const bar = page.getByTestId('find-bar');
  await page.getByTestId('find-input').fill('千万工程');
  await expect(page.getByTestId('find-status')).toHaveText(/共 \d+ 处/);
  await expect(editor.locator('.find-match').first()).toHaveText('千萬工程');
  await page.getByTestId('find-input').fill('qwx');
  await expect(page.getByTestId('find-status')).toHaveText('第 1 处，共 2 处');
  await bar.getByTestId('find-matchWidth').check();
  await expect(page.getByTestId('find-status')).toHaveText('第 1 处，共 1 处');
  await bar.getByTestId('find-matchWidth').uncheck();
  await page.screenshot({ path: 'test-results/find-replace.png' });

  await page.keyboard.press('Control+h');
  await page.getByTestId('find-input').fill('模式');
  const count = Number(/共 (\d+) 处/.exec((await page.getByTestId('find-status').textContent()) ?? '')?.[1]);
  expect(count).toBeGreaterThan(0);
  await page.getByTestId('replace-input').fill('办法');
  await page.getByTestId('replace-all').click();
  await expect(page.getByTestId('find-status')).toHaveText(`已替换 ${count} 处`);
  await expect(editor).not.toContainText('模式');
  await expect(editor.locator('sup.citation')).toHaveCount(1);
  // The changed quotation is now flagged as differing from its passage.
  await expect(page.getByText('引文与原文不一致').first()).toBeVisible();

  await editor.click();
  await page.keyboard.press('Control+z');
  await expect(editor).toContainText('模式');
  await expect(editor).not.toContainText('办法');
  expect(await editor.locator('[data-passage-id], .quoted').first().textContent()).toBe(quoted);
  await page.keyboard.press('Control+f');
  await page.keyboard.press('Escape');
  await expect(bar).toBeHidden();
  await expect(editor.locator('.find-match')).toHaveCount(0);
});

test('revision history: the saved revisions with time and 字数, a side-by-side diff, restore that can be undone', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: '新建文稿' }).click();
  const editor = page.getByTestId('editor');
  await editor.click();
  await page.keyboard.type('浙江坚持规划先行。');
  await page.keyboard.press('Enter');
  await page.keyboard.type('要删去的一段。');
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  // Opening the document again keeps a revision of it as it was.
  await page.reload();
  await expect(editor).toContainText('要删去的一段。');
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('新写的一段，比原来长。');
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type('始终');
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');

  await page.getByTestId('open-revisions').click();
  const dialog = page.getByTestId('revision-dialog');
  const items = dialog.getByTestId('revision-item');
  // Leaving the page (close) or opening it again (open) kept the first draft.
  // 浙江坚持规划先行(8) 要删去的一段(6) and their two 。: 16 字 as Word counts.
  await expect(items.first()).toContainText(/(关闭时|打开时) · 16 字/);
  // And the history goes back to the moment the document was created (#20).
  await expect(items.last()).toContainText('新建时 · 0 字');
  const diff = dialog.getByTestId('revision-diff');
  await expect(diff.getByTestId('diff-row-changed')).toHaveCount(2);
  await expect(diff.locator('ins').first()).toHaveText('始终');
  await expect(diff.locator('del').first()).toHaveText('要删去');
  await page.screenshot({ path: 'test-results/revision-diff.png' });

  page.once('dialog', (d) => void d.accept());
  await dialog.getByTestId('revision-restore').click();
  await expect(dialog).toBeHidden();
  await expect(editor).toHaveText('浙江坚持规划先行。要删去的一段。');
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');

  await page.getByTestId('open-revisions').click();
  await expect(items.nth(0)).toContainText('恢复后');
  await expect(items.nth(1)).toContainText('恢复前');
  await items.nth(1).click();
  await expect(diff.locator('del').first()).toHaveText('始终');
  await dialog.getByRole('button', { name: '关闭', exact: true }).click();

  // Undo in the editor brings back the text from before the restore.
  await editor.click();
  await page.keyboard.press('Control+z');
  await expect(editor).toHaveText('浙江始终坚持规划先行。新写的一段，比原来长。');
});

test('推荐素材 filters stay visible as removable chips; nothing found under them says so, with the count without them (#20 item 4)', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByTestId('new-from-template').click();
  const chooser = page.getByTestId('template-chooser');
  await chooser.getByTestId('template-option').filter({ hasText: '研讨发言材料' }).click();
  await chooser.getByTestId('template-create').click();
  await page.getByTestId('template-guide').getByTestId('guide-section').nth(2).getByTestId('suggest-passages').click();
  const chips = page.getByTestId('filter-chip');
  await expect(chips).toHaveText(['主题：产业发展 ×', '类型：做法 ×']);
  // A later search for words that only passages outside those filters hold.
  await page.getByTestId('library-search').fill('垃圾分类');
  const count = page.getByTestId('library-count');
  await expect(count).toContainText(/在筛选条件下没有找到包含“垃圾分类”的段落；不加筛选有 \d+ 条。/);
  await page.screenshot({ path: 'test-results/screenshots/filter-chips.png' });
  // Removing one chip, then clearing them all.
  await chips.filter({ hasText: '类型' }).click();
  await expect(chips).toHaveCount(1);
  await page.getByTestId('clear-filters').click();
  await expect(chips).toHaveCount(0);
  await expect(page.getByTestId('filter-theme')).toHaveValue('');
  await expect(count).toContainText(/共 \d+ 条/);
  await expect(page.getByTestId('library-result').first().locator('mark').first()).toHaveText('垃圾分类');
});
