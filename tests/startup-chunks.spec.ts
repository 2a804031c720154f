import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/browserHost';

/**
 * Holds back a chunk's response, as a slow disk would, until the test releases it: what shows
 * meanwhile is what a user would see, looked at while it shows instead of after a guessed delay.
 */
async function hold(page: Page, chunk: string): Promise<{ requested: Promise<void>; release: () => void }> {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  let requested: () => void = () => undefined;
  const asked = new Promise<void>((resolve) => (requested = resolve));
  await page.route(new RegExp(`/assets/${chunk}-[\\w-]+\\.js$`), async (route) => {
    requested();
    await released;
    await route.continue();
  });
  return { requested: asked, release };
}

/** The script files the page has fetched so far, by file name. */

const scripts = (page: Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname.split('/').pop()!)
      .filter((name) => name.endsWith('.js')),
  );

test('the first screen loads one script; find loads the fold table before its first search, which already matches 千萬', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: '新建文稿' }).click();
  const editor = page.getByTestId('editor');
  await editor.click();
  await page.keyboard.type('学习千萬工程经验，推广千万工程。');
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  // Only index.html's entry and the two chunks it preloads (React, the editor: parsed side by side)
  // on the page's thread: OpenCC's dictionaries, the English table and the dialogs come later. The
  // save just acknowledged went through the autosave worker, in its own thread.
  expect((await scripts(page)).sort()).toEqual(
    [/^draftSaveWorker-[\w-]+\.js$/, /^editor-[\w-]+\.js$/, /^index-[\w-]+\.js$/, /^react-[\w-]+\.js$/].map((re) => expect.stringMatching(re)),
  );

  const foldTable = await hold(page, 'searchFoldTable');
  await page.keyboard.press('Control+f');
  await page.getByTestId('find-input').fill('千万工程');
  await foldTable.requested;
  // While the fold table is on its way nothing is searched without it (which would find 千万 alone).
  await expect(editor.locator('.find-match')).toHaveCount(0);
  foldTable.release();
  await expect(page.getByTestId('find-status')).toHaveText('第 1 处，共 2 处');
  await expect(editor.locator('.find-match').first()).toHaveText('千萬工程');
  expect(await scripts(page)).toContainEqual(expect.stringMatching(/^searchFoldTable-[\w-]+\.js$/));
});

test('a window reopened in English draws English from its first frame, never Chinese first', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: '设置' }).click();
  await page.getByTestId('profile-dialog').getByTestId('language-select').selectOption('en-US');
  await expect(page.getByRole('button', { name: 'New document' })).toBeVisible();

  // The first text the app puts into #root after the reload, whenever that is.
  const english = await hold(page, 'enUS');
  await page.addInitScript(() => {
    const seen = globalThis as unknown as { __firstText?: string };
    new MutationObserver((_records, observer) => {
      const text = document.getElementById('root')?.textContent ?? '';
      if (!text) return;
      seen.__firstText = text;
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  const reloaded = page.reload();
  await english.requested;
  // The English table is asked for and not there yet: nothing is drawn meanwhile, in either language.
  expect(await page.evaluate(() => document.getElementById('root')?.textContent ?? '')).toBe('');
  english.release();
  await reloaded;
  await expect(page.getByRole('button', { name: 'New document' })).toBeVisible();
  const first = await page.evaluate(() => (globalThis as unknown as { __firstText?: string }).__firstText ?? '');
  expect(first).toContain('New document');
  expect(first).not.toContain('新建文稿');
});

test('an opened draft is focused, with its autosave listening, in the task that first shows it: a keystroke at once lands and is saved', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: '新建文稿' }).click();
  await page.getByTestId('editor').click();
  await page.keyboard.type('第一段。');
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  await page.reload();
  // No frame between the draft in the DOM and the editor taking keys: both marks come before the first
  // paint with text, and the caret is in the editor without a click.
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  const marks = await page.evaluate(() => {
    const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? null;
    return { shown: at('document-shown'), ready: at('editor-ready'), painted: at('first-contentful-paint'), focused: document.activeElement?.closest('[data-testid="editor"]') !== null };
  });
  expect(marks.focused).toBe(true);
  expect(marks.shown).not.toBeNull();
  expect(marks.ready).toBeGreaterThanOrEqual(marks.shown!);
  expect(marks.painted).toBeGreaterThan(marks.ready!);
  await page.keyboard.type('立刻输入');
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  await page.reload();
  await expect(page.getByTestId('editor')).toContainText('立刻输入第一段。');
});
