import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { callApi } from './fixtures/callApi';
import { expect, test } from './fixtures/browserHost';

// Issue 18 as a writer meets it: a 范文 is adapted rather than footnoted, a statement quoted inside
// one is a 转引 until its original is imported, and the four note styles export as Word settings.

const STATEMENT = '绿水青山就是金山银山';
// The original a writer might import: a 新华社 report (权威文献 by its dateline) that has the statement.
const SPEECH = `习近平在浙江安吉考察时强调 践行绿色发展理念\n\n新华社杭州8月15日电 习近平在安吉县余村考察时指出，我们过去讲既要绿水青山，也要金山银山，其实${STATEMENT}。他强调，要坚定不移走生态优先、绿色发展之路。\n`;

async function newDocument(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole('button', { name: '新建文稿' }).click();
  await page.getByTestId('editor').click();
}

async function search(page: Page, query: string) {
  await page.getByTestId('library-search').fill(query);
  const first = page.getByTestId('library-result').first();
  // The list of this query, not the one before it: its first result marks every word (in text order,
  // which need not be the query's), and nothing else.
  const words = query.split(/\s+/);
  for (const word of words) await expect(first.locator('mark').filter({ hasText: word }).first()).toBeVisible();
  await expect(first.locator('mark').filter({ hasNotText: new RegExp(words.join('|')) })).toHaveCount(0);
  return first;
}

test('quoting a 参考范文 explains that a 范文 is normally adapted, adapts by default, and can cite anyway', async ({ page, host }) => {
  await newDocument(page, host.url);
  const hit = await search(page, '四治融合模式');
  await expect(hit.getByTestId('source-kind')).toHaveText('参考范文');
  await hit.getByRole('button', { name: '插入引用' }).click();
  const dialog = page.getByTestId('essay-quote-dialog');
  await expect(dialog.getByTestId('essay-quote-explanation')).toContainText('一般不作为引文加注');
  // 改写使用 is the default: focused, so Enter takes it.
  await expect(dialog.getByTestId('essay-quote-adapt')).toBeFocused();
  await page.screenshot({ path: 'test-results/screenshots/essay-quote-dialog.png' });
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  const editor = page.getByTestId('editor');
  await page.getByTestId('localise-dialog').getByRole('button', { name: '暂不替换' }).click();
  await expect(editor.locator('.adapted-text')).toBeVisible();
  await expect(editor.locator('sup.citation')).toHaveAttribute('data-kind', 'adaptation');
  await expect(editor.locator('.quoted-text')).toHaveCount(0);

  // Citing it anyway is one click away.
  await page.keyboard.press('Control+End');
  await (await search(page, '地球卫士奖')).getByRole('button', { name: '插入引用' }).click();
  await page.getByTestId('essay-quote-cite').click();
  await expect(editor.locator('.quoted-text')).toHaveCount(1);
  await expect(editor.locator('sup.citation[data-kind="quote"]')).toHaveCount(1);
});

test('a statement quoted in a 范文 is cited as 转引, then as its original once the original is imported', async ({ page, host }) => {
  await newDocument(page, host.url);
  await page.keyboard.type('正如总书记所说：');
  await search(page, STATEMENT);
  // The passages that say who said it carry the statement as a quote to cite on its own.
  const quote = page.getByTestId('passage-quote').filter({ hasText: STATEMENT }).first();
  await expect(quote).toContainText('总书记');
  await quote.getByTestId('cite-quote').click();
  const editor = page.getByTestId('editor');
  await expect(editor.locator('.quoted-text')).toHaveText(STATEMENT);
  const note = page.getByTestId('footnote').first();
  await expect(note).toContainText('转引自：');
  await page.screenshot({ path: 'test-results/screenshots/secondary-citation.png' });

  // Import the original (guessed 权威文献 from its 新华社 dateline): the same citation now cites it.
  await page.getByRole('tab', { name: '来源' }).click();
  await page.getByTestId('import-file-input').setInputFiles({ name: '余村考察.txt', mimeType: 'text/plain', buffer: Buffer.from(SPEECH, 'utf8') });
  const dialog = page.getByTestId('import-dialog');
  await expect(dialog.getByTestId('import-preview')).toBeVisible();
  await dialog.getByRole('button', { name: '保存到素材库' }).click();
  await dialog.getByRole('button', { name: '完成' }).click();
  // Listed under its own title (its first line), not the file's name.
  await expect(page.getByTestId('source-item').filter({ hasText: '习近平在浙江安吉考察时强调' }).getByTestId('source-kind')).toHaveText('权威文献');
  await expect(note).not.toContainText('转引');
  await expect(note).toContainText('[Z]');
  await page.getByRole('tab', { name: '搜索' }).click();
  // The original is found with its badge (the statement alone also finds six 范文, further down the list).
  await search(page, `${STATEMENT} 安吉县余村`);
  await expect(page.getByTestId('library-result').getByTestId('source-kind').filter({ hasText: '权威文献' })).toHaveCount(1);
  await search(page, STATEMENT);
  // The statement in the 范文 now links to its original.
  const linked = page.getByTestId('passage-quote').filter({ hasText: STATEMENT }).getByTestId('quote-original').first();
  await expect(linked).toContainText('原文在素材库中');
  await linked.getByRole('button').click();
  await expect(page.getByTestId('source-viewer').getByTestId('viewer-raw').locator('mark')).toContainText(STATEMENT);
});

test('switch a document between the four note styles and export each to DOCX; circled notes restart on page 2 in LibreOffice', async ({ page, host }, testInfo) => {
  test.setTimeout(150_000);
  // Three pages of text with a citation near the top of each page.
  const [passage] = (await callApi<{ results: Array<{ id: string }> }>(page, host, 'searchLibrary', { query: '地球卫士奖', limit: 1 })).results;
  const [other] = (await callApi<{ results: Array<{ id: string }> }>(page, host, 'searchLibrary', { query: '四治融合', limit: 1 })).results;
  const filler = '各级党组织要把学习贯彻“千万工程”经验作为一项重要政治任务，结合实际抓好落实，推动各项工作取得新成效，坚持因地制宜、分类施策，久久为功、善作善成。';
  const para = (text: string, cite?: string) => ({ type: 'paragraph', content: [{ type: 'text', text }, ...(cite ? [{ type: 'citation', attrs: { passageId: cite, kind: 'seeAlso', citedOn: '2026-12-05' } }] : [])] });
  const content = { type: 'doc', content: [para('第一页的引文。', passage!.id), para('第一页又一处。', other!.id), ...Array.from({ length: 10 }, () => para(filler + filler)), para('第二页的引文。', passage!.id), ...Array.from({ length: 10 }, () => para(filler + filler)), para('第三页的引文。', other!.id)] };
  const doc = await callApi<{ id: string }>(page, host, 'createDocument', { title: '四种注释方式', content });
  await page.goto(`${host.url}#doc=${doc.id}`);
  const footnotes = page.getByTestId('footnotes');
  await expect(footnotes).toBeVisible();
  const editor = page.getByTestId('editor');
  const exportAs = async (style: string) => {
    await page.getByTestId('notes-mode').selectOption(style);
    await page.getByTestId('export-open').click();
    const dialog = page.getByTestId('export-dialog');
    const downloading = page.waitForEvent('download');
    await dialog.getByTestId('export-start').click();
    const file = testInfo.outputPath(`${style}.docx`);
    await (await downloading).saveAs(file);
    await dialog.getByRole('button', { name: '关闭' }).last().click();
    return { file, parts: Object.fromEntries(Object.entries(unzipSync(fs.readFileSync(file))).map(([n, d]) => [n, strFromU8(d)])) };
  };

  // ①② by default: the editor numbers them through and says Word restarts them on each page.
  await expect(editor.locator('sup.citation').first()).toHaveAttribute('data-label', '①');
  await expect(footnotes).toContainText('每页从①重新编号');
  const circled = await exportAs('circled');
  expect(circled.parts['word/document.xml']).toContain('<w:numFmt w:val="decimalEnclosedCircleChinese"/><w:numRestart w:val="eachPage"/>');
  // Each circled note of a 参见 citation begins with 参见.
  expect(circled.parts['word/footnotes.xml']!.match(/参见/g)).toHaveLength(4);
  await page.screenshot({ path: 'test-results/screenshots/notes-circled.png' });

  const numbered = await exportAs('numbered');
  await expect(editor.locator('sup.citation').first()).toHaveAttribute('data-label', '[1]');
  expect(numbered.parts['word/document.xml']).toContain('<w:numFmt w:val="decimal"/><w:numRestart w:val="continuous"/>');
  expect(numbered.parts['word/document.xml']!.match(/<w:footnoteReference /g)).toHaveLength(2);

  const endnotes = await exportAs('endnotes');
  expect(endnotes.parts['word/document.xml']!.match(/<w:endnoteReference /g)).toHaveLength(2);

  const inline = await exportAs('inline');
  // These citations are 参见: the 文中注 says so, in the editor and in the file.
  await expect(editor.locator('sup.citation.citation-inline').first()).toHaveAttribute('data-label', /^（参见《[^》]+》/);
  expect(inline.parts['word/document.xml']).not.toMatch(/<w:(foot|end)noteReference /);
  expect(inline.parts['word/document.xml']).toMatch(/第一页的引文。<\/w:t><\/w:r><w:r><w:t xml:space="preserve">（参见《[^》]+》/);
  await page.screenshot({ path: 'test-results/screenshots/notes-inline.png' });

  // LibreOffice renders the circled export: ① on page 1, and ① again on page 2.
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-e2e-pdf-'));
  const converted = spawnSync(process.env.QIANWAN_SOFFICE || 'soffice', ['--headless', `-env:UserInstallation=file://${out}/profile`, '--convert-to', 'pdf', '--outdir', out, circled.file], { encoding: 'utf8' });
  expect(converted.status, converted.stderr).toBe(0);
  const pdf = path.join(out, 'circled.pdf');
  const pageText = (n: number) => spawnSync('pdftotext', ['-layout', '-f', String(n), '-l', String(n), pdf, '-'], { encoding: 'utf8' }).stdout;
  const p1 = pageText(1);
  const second = [2, 3, 4].map(pageText).find((t) => t.includes('第二页的引文'))!;
  expect(p1).toContain('第一页的引文。①');
  expect(p1).toContain('第一页又一处。②');
  expect(second).toContain('第二页的引文。①');
  expect(second).toMatch(/^\s*①\s*\S/m);
  fs.rmSync(out, { recursive: true, force: true });
});
