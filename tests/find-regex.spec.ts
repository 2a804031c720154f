import { expect, test } from './fixtures/browserHost';

// The find bar's 正则表达式 option runs on RE2: a pattern that made JavaScript's backtracking engine
// freeze the page for 9 s a keystroke ((a+)+b over 30 a's) answers at once, and what RE2 cannot do,
// or a pattern too costly for the document, is said in Chinese instead of freezing or an English
// engine message.
test('find bar regular expressions: no freeze on (a+)+b, Chinese messages for what cannot run, $1 in the replacement', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: '新建文稿' }).click();
  const editor = page.getByTestId('editor');
  await editor.click();
  await page.keyboard.insertText(`${'a'.repeat(40)}。一是规划，二是人才。`);

  await page.keyboard.press('Control+f');
  const bar = page.getByTestId('find-bar');
  const status = page.getByTestId('find-status');
  await bar.getByTestId('find-regex').check();
  const input = page.getByTestId('find-input');
  // Typed key by key, as a person would: every prefix is searched.
  await input.pressSequentially('(a+)+b');
  await expect(status).toHaveText('没有找到');
  // The page answers straight away: a round trip through its main thread.
  const started = Date.now();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  expect(Date.now() - started).toBeLessThan(1000);

  await input.fill('(a)\\1');
  await expect(status).toContainText('不支持反向引用');
  await input.fill('二(?=是)');
  await expect(status).toContainText('不支持向前断言');
  await input.fill('(一是');
  await expect(status).toHaveText('正则表达式有误：缺少与“(”配对的“)”');
  await input.fill('规划\\q');
  await expect(status).toHaveText('正则表达式有误：无法识别的转义“\\q”');
  await page.screenshot({ path: 'test-results/find-regex-error.png' });

  await input.fill('([一二])是(..)');
  await expect(status).toHaveText('第 1 处，共 2 处');
  await page.keyboard.press('Control+h');
  await page.getByTestId('replace-input').fill('第$1条：$2');
  await page.getByTestId('replace-all').click();
  await expect(editor).toContainText('第一条：规划，第二条：人才。');

  // A pattern that is fine on a short text but would stall every edit of a long one.
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText('学习千万工程经验，推进乡村全面振兴。'.repeat(7000));
  await page.keyboard.press('Control+f');
  await input.fill('(.{30}|.{31}|.{32}|.{33}|.{34}){20}');
  await expect(status).toContainText('表达式过于复杂');
  await page.screenshot({ path: 'test-results/find-regex-too-complex.png' });
});
