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
          { type: 'citation', attrs: { passageId: externalNoteId(`某某文献第${i}页`), kind: 'quote', citedOn: '2026-12-01', note: `某某文献第${i}页` } },
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

  // Opened again and only read: the stages are no edit, so nothing is saved.
  await page.reload();
  await complete(page);
  await page.waitForTimeout(2500);
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  expect((await callApi<Stored>(page, host, 'getDocument', { id: created.id })).version).toBe(afterEdit.version);
});
