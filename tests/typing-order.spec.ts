import { expect, test } from './fixtures/browserHost';

// Chromium lays out a block with `content-visibility: auto` only from the frame after it appears; a
// character typed into a block made by Enter before that frame left the caret in front of itself, so
// the next ones went before it ("要删去的一段" came out as "删去的一段要"). Typing without a pause
// after Enter, as a fast writer does, must keep every character in order.
test('typing straight after Enter keeps the characters in order, in paragraphs and in a list', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: '新建文稿' }).click();
  const editor = page.getByTestId('editor');
  await editor.click();
  const paragraphs = Array.from({ length: 40 }, (_, i) => `要删去的第${i + 1}段。`);
  for (const text of paragraphs) {
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
  }
  await page.keyboard.type('- ');
  const items = Array.from({ length: 10 }, (_, i) => `列表第${i + 1}项`);
  for (const text of items) {
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
  }
  await expect(editor.locator(':scope > p')).toHaveText([...paragraphs, '']);
  await expect(editor.locator('li')).toHaveText([...items, '']);
});
