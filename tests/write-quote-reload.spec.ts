import { expect, test } from './fixtures/browserHost';

test('create a document, type Chinese, insert a quote, see footnote 1, reload: all still there', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: '新建文稿' }).click();
  await page.getByTestId('title-input').fill('学习“千万工程”经验心得体会');
  await page.getByTestId('title-input').press('Enter');

  const editor = page.getByTestId('editor');
  await editor.click();
  await page.keyboard.type('学习浙江经验，建设和美乡村。');
  await expect(editor).toContainText('学习浙江经验，建设和美乡村。');

  await page.getByTestId('library-search').fill('千万工程');
  const first = page.getByTestId('library-result').first();
  await expect(first).toBeVisible();
  const passageText = (await first.locator('.result-text').innerText()).trim();
  await first.getByRole('button', { name: '插入引用' }).click();
  // A seed passage is a 参考范文: the app explains and offers 改写使用; this writer quotes it anyway.
  await page.getByTestId('essay-quote-cite').click();

  const quote = editor.locator('.quoted-text');
  // Inside the quotation's own “ ” the passage's quotation marks go one level down (GB/T 15834).
  await expect(quote).toContainText(passageText.slice(0, 20).replace(/“/g, '‘').replace(/”/g, '’'));
  await expect(editor.locator('sup.citation')).toHaveAttribute('data-n', '1');
  const footnotes = page.getByTestId('footnotes');
  await expect(footnotes.locator('li')).toHaveCount(1);
  // ①②③ by default (restarting on each page in Word).
  await expect(footnotes.locator('li').first()).toContainText('①');
  await expect(footnotes.locator('li').first()).toContainText('[EB/OL]');
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  const words = await page.getByTestId('word-count').innerText();

  // Hovering a citation names its passage and source; clicking it shows the passage in its source.
  await expect(editor.locator('sup.citation')).toHaveAttribute('title', /\[EB\/OL\]/);
  await editor.locator('sup.citation').click();
  const viewer = page.getByTestId('source-viewer');
  await expect(viewer.locator('.viewer-passage.selected')).toContainText(passageText.slice(0, 12));
  await viewer.getByRole('button', { name: '关闭', exact: true }).click();

  await page.reload();
  await expect(page.getByTestId('title-input')).toHaveValue('学习“千万工程”经验心得体会');
  await expect(page.getByTestId('editor')).toContainText('学习浙江经验，建设和美乡村。');
  await expect(page.getByTestId('editor').locator('.quoted-text')).toContainText(passageText.slice(0, 20).replace(/“/g, '‘').replace(/”/g, '’'));
  await expect(page.getByTestId('editor').locator('sup.citation')).toHaveAttribute('data-n', '1');
  await expect(page.getByTestId('footnotes').locator('li')).toHaveCount(1);
  await expect(page.getByTestId('word-count')).toHaveText(words);
  await page.getByTestId('library-search').fill('千万工程 乡村');
  await expect(page.getByTestId('library-result').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/editor-quote-footnote.png' });

  // Endnotes and a 参考文献 list are document settings, kept with the document.
  await page.getByTestId('notes-mode').selectOption('endnotes');
  await page.getByTestId('references-toggle').check();
  await expect(page.getByTestId('references').locator('li')).toHaveCount(1);
  await expect(page.getByTestId('references')).toContainText('[EB/OL]');
  await page.reload();
  await expect(page.getByTestId('notes-mode')).toHaveValue('endnotes');
  await expect(page.getByTestId('footnotes').locator('h3').first()).toHaveText('尾注');
  await expect(page.getByTestId('references').locator('li')).toHaveCount(1);
});

test('IME composition is not broken by autosave', async ({ page, host }) => {
  // The pause mid-composition is the page's clock moved on, not a wait.
  await page.clock.install();
  await page.goto(host.url);
  await page.getByRole('button', { name: '新建文稿' }).click();
  const editor = page.getByTestId('editor');
  await editor.click();
  const cdp = await page.context().newCDPSession(page);
  // Compose 乡村 the way a pinyin IME does, pausing past the autosave delay mid-composition.
  await cdp.send('Input.imeSetComposition', { text: 'x', selectionStart: 1, selectionEnd: 1 });
  await cdp.send('Input.imeSetComposition', { text: 'xiang', selectionStart: 5, selectionEnd: 5 });
  await page.clock.fastForward(1500);
  await cdp.send('Input.imeSetComposition', { text: 'xiangcun', selectionStart: 8, selectionEnd: 8 });
  await cdp.send('Input.insertText', { text: '乡村' });
  await expect(editor).toHaveText('乡村');
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  await page.reload();
  await expect(page.getByTestId('editor')).toHaveText('乡村');
});
