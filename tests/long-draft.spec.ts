import type { Page } from '@playwright/test';
import { externalNoteId } from '../electron/shared/citations/externalNote';
import type { BlockNode, DocNode } from '../electron/shared/doc/docTypes';
import { expect, test, type HostFixture } from './fixtures/browserHost';
import { callApi } from './fixtures/callApi';

// A long draft opens with its first screen and mounts the rest in stages (StagedContent). The
// writer must not be able to tell, except that it opens sooner: typing at once lands where the caret
// is, nothing is lost or doubled, and opening it without an edit saves nothing.

/** About 60,000 characters in 600 blocks: headings, paragraphs with citations, a list, a quotation. */
function longDraft(): DocNode {
  const content: BlockNode[] = [];
  for (let i = 0; i < 600; i++) {
    if (i % 30 === 0) content.push({ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: `第${i / 30 + 1}部分：学习千万工程经验` }] });
    else if (i % 50 === 7) content.push({ type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: `列表项${i}` }] }] }] });
    else if (i % 10 === 3)
      content.push({
        type: 'paragraph',
        content: [
          { type: 'text', text: `第${i}段引用：久久为功，善作善成` },
          { type: 'citation', attrs: { passageId: externalNoteId(`某某文献第${i}页`), kind: 'quote', citedOn: '2026-12-01', note: `某某文献第${i}页`, statement: null } },
        ],
      });
    else content.push({ type: 'paragraph', content: [{ type: 'text', text: `第${i}段。${'千万工程造就了万千美丽乡村，'.repeat(7)}` }] });
  }
  content.push({ type: 'paragraph', content: [{ type: 'text', text: '全文最后一段。' }] });
  return { type: 'doc', content };
}

interface Stored {
  version: number;
  content: DocNode;
}

async function createLong(page: Page, host: HostFixture): Promise<{ id: string; version: number }> {
  return callApi(page, host, 'createDocument', { title: '长稿', content: longDraft() });
}

const complete = (page: Page) => page.waitForFunction(() => performance.getEntriesByName('document-complete').length > 0);

test('typing the moment a long draft opens: the text lands at the caret, the whole draft is saved once, Ctrl+Z takes back only the typing', async ({ page, host }) => {
  // Made before the window opens: the window opens with it, the newest draft.
  const created = await createLong(page, host);
  await page.goto(host.url);
  await page.getByTestId('editor').locator('h1').first().waitFor();
  // The caret is at the start of the draft (as in Word): no click needed.
  await page.keyboard.type('开头补一句。');
  await complete(page);
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  const stored = await callApi<Stored>(page, host, 'getDocument', { id: created.id });
  const original = longDraft();
  expect(stored.content.content).toHaveLength(original.content.length);
  expect((stored.content.content[0]!.content![0] as { text: string }).text).toBe('开头补一句。第1部分：学习千万工程经验');
  expect(stored.content.content.slice(1)).toEqual(original.content.slice(1));
  expect(await page.getByTestId('editor').locator('sup.citation').count()).toBe(original.content.filter((b) => JSON.stringify(b).includes('"citation"')).length);

  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('editor').locator('h1').first()).toHaveText('第1部分：学习千万工程经验');
  await expect(page.getByTestId('editor')).toContainText('全文最后一段。');
});

test('opening a long draft and reading it saves nothing; Ctrl+End goes to its real end at once', async ({ page, host }) => {
  // Made before the window opens: the window opens with it, the newest draft.
  const created = await createLong(page, host);
  await page.goto(host.url);
  await page.getByTestId('editor').locator('h1').first().waitFor();
  // A shortcut right away: the rest is appended before it acts.
  await page.keyboard.press('Control+End');
  await page.keyboard.type('（完）');
  await expect(page.getByTestId('editor').locator('p').last()).toHaveText('全文最后一段。（完）');
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  const afterEdit = await callApi<Stored>(page, host, 'getDocument', { id: created.id });
  expect(afterEdit.content.content).toHaveLength(longDraft().content.length);

  // Opened again and only read: the stages are no edit, so nothing is saved, not even once the
  // autosave's longest wait is over (the page's clock is moved on past it rather than waited for).
  const saves: string[] = [];
  page.on('request', (request) => void (request.url().endsWith('/api/saveDocument') && saves.push(request.url())));
  await page.clock.install();
  await page.reload();
  // (The page's performance object is the fake clock's now, without marks: the last block shown is the sign.)
  await expect(page.getByTestId('editor').locator('p').last()).toHaveText('全文最后一段。（完）');
  await page.clock.fastForward(5000);
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  expect(saves).toEqual([]);
  expect((await callApi<Stored>(page, host, 'getDocument', { id: created.id })).version).toBe(afterEdit.version);
});

/** How many of the draft's top-level blocks are `content-visibility: hidden`, and of how many. */
function hiddenBlocks(page: Page): Promise<{ hidden: number; all: number }> {
  return page.evaluate(() => {
    const kinds = [...document.querySelector('.ProseMirror')!.children].map((el) => getComputedStyle(el).contentVisibility);
    return { hidden: kinds.filter((k) => k === 'hidden').length, all: kinds.length };
  });
}

/** The top-level block holding the browser's caret (ProseMirror reads it a task later). */
function caretBlockIndex(page: Page): Promise<number> {
  return page.evaluate(() => {
    const root = document.querySelector('.ProseMirror')!;
    let node = window.getSelection()!.focusNode;
    while (node && node.parentNode !== root) node = node.parentNode;
    return node ? [...root.children].indexOf(node as Element) : -1;
  });
}

/** The content-visibility of each top-level block overlapping the editor's scroll view. */
function blocksInView(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    // Two frames: the scroll's own, whose rule applies to it, and one after.
    for (let i = 0; i < 2; i++) await new Promise(requestAnimationFrame);
    const scroller = document.querySelector('.page-scroll')!.getBoundingClientRect();
    return [...document.querySelector('.ProseMirror')!.children]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.bottom > scroller.top && r.top < scroller.bottom;
      })
      .map((el) => getComputedStyle(el).contentVisibility);
  });
}

test('a long draft leaves only the blocks near the view for the browser to check; scrolling, jumping and arrow keys find text laid out', async ({ page, host }) => {
  await createLong(page, host);
  await page.goto(host.url);
  await complete(page);
  await expect.poll(async () => (await hiddenBlocks(page)).hidden).toBeGreaterThan(400);
  expect((await hiddenBlocks(page)).all).toBe(longDraft().content.length);
  expect(await blocksInView(page)).not.toContain('hidden');

  // Scrolled a screen at a time with the wheel, then thrown to the middle and to the last paragraph.
  const editor = page.getByTestId('editor');
  await editor.hover();
  for (let i = 0; i < 6; i++) {
    await page.mouse.wheel(0, 900);
    const shown = await blocksInView(page);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown).not.toContain('hidden');
  }
  await page.evaluate(() => {
    const s = document.querySelector('.page-scroll')!;
    s.scrollTop = (s.scrollHeight - s.clientHeight) / 2;
  });
  expect(await blocksInView(page)).not.toContain('hidden');
  // The draft's last paragraph (the notes follow it), whose block was hidden a moment ago.
  await page.evaluate(() => {
    const s = document.querySelector('.page-scroll')!;
    const last = document.querySelector('.ProseMirror')!.lastElementChild!;
    s.scrollTop += last.getBoundingClientRect().top - s.getBoundingClientRect().top - 200;
  });
  const atEnd = await blocksInView(page);
  expect(atEnd.length).toBeGreaterThan(3);
  expect(atEnd).not.toContain('hidden');
  await expect(editor.getByText('全文最后一段。')).toBeInViewport();

  // The caret put at the start (as find or the outline do) while the view shows the end: typing
  // lands there, and the view comes back to it.
  await page.evaluate(() => {
    const ed = (document.querySelector('.ProseMirror') as unknown as { editor: { commands: { setTextSelection(p: number): boolean } } }).editor;
    ed.commands.setTextSelection(1);
    const s = document.querySelector('.page-scroll')!;
    s.scrollTop = (s.scrollHeight - s.clientHeight) * 0.8;
  });
  await expect(editor.locator('h1').first()).not.toBeInViewport();
  // Far from the view, the block holding the caret is still laid out (the IME places its window there).
  expect(await editor.locator('h1').first().evaluate((el) => getComputedStyle(el).contentVisibility)).toBe('visible');
  expect(await editor.locator('h1').nth(1).evaluate((el) => getComputedStyle(el).contentVisibility)).toBe('hidden');
  await page.keyboard.type('甲');
  await expect(editor.locator('h1').first()).toHaveText(/^甲第1部分/);
  await expect(editor.locator('h1').first()).toBeInViewport();

  // Walking down line by line with the arrow key, past the blocks first kept: no block is skipped.
  let at = await caretBlockIndex(page);
  for (let i = 0; i < 220; i++) {
    await page.keyboard.press('ArrowDown');
    const next = await caretBlockIndex(page);
    expect(next - at).toBeGreaterThanOrEqual(0);
    expect(next - at).toBeLessThanOrEqual(1);
    at = next;
  }
  expect(at).toBeGreaterThan(60);
  await page.keyboard.type('乙');
  expect(await page.evaluate((i) => (document.querySelector('.ProseMirror') as unknown as { editor: { state: { doc: { child(i: number): { textContent: string } } } } }).editor.state.doc.child(i).textContent.includes('乙'), at)).toBe(true);
  expect(await blocksInView(page)).not.toContain('hidden');
});

test('typing over a selection that runs through blocks kept hidden replaces all of it, and Ctrl+Z brings it back', async ({ page, host }) => {
  await createLong(page, host);
  await page.goto(host.url);
  await complete(page);
  const editor = page.getByTestId('editor');
  const text = () => page.evaluate(() => (document.querySelector('.ProseMirror') as unknown as { editor: { state: { doc: { textContent: string; childCount: number } } } }).editor.state.doc.textContent);
  const original = await text();
  await expect.poll(async () => (await hiddenBlocks(page)).hidden).toBeGreaterThan(400);

  // From the middle of the first screen to the end of the draft: most of it is hidden.
  await editor.locator('p').nth(3).click();
  await page.keyboard.press('Home');
  await page.keyboard.press('Control+Shift+End');
  await page.keyboard.type('此处以下重写。');
  await expect(editor.locator('p').last()).toHaveText(/此处以下重写。$/);
  const replaced = await text();
  expect(replaced.endsWith('此处以下重写。')).toBe(true);
  expect(original.startsWith(replaced.slice(0, -'此处以下重写。'.length))).toBe(true);
  expect(replaced.length).toBeLessThan(1000);

  // All of it, with Ctrl+A.
  await page.keyboard.press('Control+a');
  await page.keyboard.type('全部重写');
  await expect.poll(text).toBe('全部重写');

  for (let i = 0; i < 2; i++) await page.keyboard.press('Control+z');
  await expect.poll(text).toBe(original);
});

test('the autosave is sent from a worker: after edits in several blocks, undo, redo and a moved paragraph, what is stored is the editor’s document', async ({ page, host }) => {
  const created = await createLong(page, host);
  await page.goto(host.url);
  await complete(page);
  // The page hands the blocks to the save worker; the worker sends the request.
  await expect.poll(() => page.workers().some((w) => w.url().includes('draftSaveWorker'))).toBe(true);
  const editor = page.getByTestId('editor');
  const editorJson = () => page.evaluate(() => JSON.stringify((document.querySelector('.ProseMirror') as unknown as { editor: { getJSON(): unknown } }).editor.getJSON()));
  const storedJson = async () => JSON.stringify((await callApi<Stored>(page, host, 'getDocument', { id: created.id })).content);
  const stored = () => expect.poll(async () => (await storedJson()) === (await editorJson()), { timeout: 15_000 }).toBe(true);

  await editor.locator('p').nth(5).click();
  await page.keyboard.press('End');
  await page.keyboard.type('第一处修改。');
  await stored();
  await editor.locator('p').nth(60).click();
  await page.keyboard.press('Home');
  await page.keyboard.type('第二处修改。');
  await page.keyboard.press('Enter');
  await page.keyboard.type('新的一段。');
  await stored();
  // Undo brings back the very blocks saved before (ProseMirror reuses them): the worker still has them.
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await stored();
  await page.keyboard.press('Control+Shift+z');
  await stored();
  await page.keyboard.press('Alt+Shift+ArrowUp');
  await page.keyboard.press('Alt+Shift+ArrowUp');
  await stored();
  // However the history grouped the typing, two undos and a redo never take back the first edit.
  expect(await storedJson()).toContain('第一处修改。');
});
