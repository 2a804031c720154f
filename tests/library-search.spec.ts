import { expect, test } from './fixtures/browserHost';
import { boxesOf, overlapArea } from './fixtures/layoutBoxes';

test('search with filters, keyboard selection and Enter to quote, Ctrl+K, favourites and notes', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: '新建文稿' }).click();
  await page.getByTestId('editor').click();
  await page.keyboard.type('开头。');

  await page.keyboard.press('Control+k');
  await expect(page.getByTestId('library-search')).toBeFocused();
  await page.keyboard.type('乡村');
  const count = page.getByTestId('library-count');
  await expect(count).toContainText('共');
  const all = Number(/共 (\d+) 条/.exec(await count.innerText())![1]);
  // The theme counts load when the filters are first used.
  await page.getByTestId('filter-theme').focus();
  await expect(page.getByTestId('filter-theme').locator('option', { hasText: '人居环境' })).toHaveCount(1);
  await page.getByTestId('filter-theme').selectOption('人居环境');
  await expect(count).not.toContainText(`共 ${all} 条`);
  const themed = Number(/共 (\d+) 条/.exec(await count.innerText())![1]);
  expect(themed).toBeLessThan(all);
  for (const tags of await page.getByTestId('library-result').locator('.result-meta').allTextContents()) expect(tags).toContain('人居环境');

  // Traditional characters find simplified text. (The theme is cleared after typing, so the count
  // reaching every hit again means the last search has landed and ↓ will not be reset by a late one.)
  await page.getByTestId('library-search').fill('鄉村');
  await page.getByTestId('filter-theme').selectOption('');
  await expect(count).toContainText(`共 ${all} 条`);

  await page.getByTestId('library-search').press('ArrowDown');
  const second = page.getByTestId('library-result').nth(1);
  await expect(second).toHaveClass(/selected/);
  const text = (await second.locator('.result-text').innerText()).trim();
  await page.getByTestId('library-search').press('Enter');
  // The seed passages are 参考范文: Enter asks first (改写使用 is the default); cite it anyway.
  await page.getByTestId('essay-quote-cite').click();
  await expect(page.getByTestId('editor').locator('.quoted-text')).toContainText(text.slice(0, 12));

  await second.getByRole('button', { name: '收藏' }).click();
  await expect(second.getByRole('button', { name: '取消收藏' })).toBeVisible();
  await second.getByTestId('passage-note').fill('可用于第二部分');
  await page.getByTestId('library-search').click();
  await page.getByTestId('library-search').fill('');
  await page.getByTestId('filter-favourites').check();
  await expect(page.getByTestId('library-result')).toHaveCount(1);
  await expect(page.getByTestId('library-result').first().locator('.result-text')).toContainText(text.slice(0, 12));
  await expect(page.getByTestId('passage-note')).toHaveValue('可用于第二部分');
  await page.screenshot({ path: 'test-results/screenshots/library-panel.png' });
});

test('related passages follow the paragraph under the cursor', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: '新建文稿' }).click();
  await page.getByRole('tab', { name: '相关' }).click();
  await expect(page.getByText('把光标放在正在写的段落里')).toBeVisible();
  await page.getByTestId('editor').click();
  await page.keyboard.type('我们村要抓好农村生活垃圾分类和污水治理，推进厕所改造。');
  const list = page.getByTestId('related-list');
  await expect(list.getByTestId('related-result').first()).toBeVisible();
  await expect(list.getByTestId('related-result').first().locator('.kind-tag').first()).toBeVisible();
  // Each related passage wears its source's kind like a search result (#18: a badge on every passage).
  await expect(list.getByTestId('related-result').first().getByTestId('source-kind')).toHaveText('参考范文');
  // The cards are laid out in the panel below its tabs, not over the window (#20 item 1).
  const panel = (await page.getByTestId('library-panel').boundingBox())!;
  const tabs = (await page.getByTestId('library-panel').getByRole('tablist').boundingBox())!;
  const cards = await boxesOf(list.getByTestId('related-result'));
  for (const card of cards) {
    expect(card.x).toBeGreaterThanOrEqual(panel.x);
    expect(card.y).toBeGreaterThanOrEqual(tabs.y + tabs.height);
  }
  for (let i = 1; i < cards.length; i++) expect(overlapArea(cards[i - 1]!, cards[i]!)).toBe(0);
  const firstTerms = await list.getByTestId('related-result').first().locator('.result-meta').textContent();
  expect(firstTerms).toMatch(/垃圾|污水|厕所/);
  await page.keyboard.press('Enter');
  await page.keyboard.type('发展乡村旅游和民宿，让农民吃上旅游饭。');
  await expect(list.getByTestId('related-result').first().locator('.result-meta')).toContainText(/旅游|民宿/);
});

test('hundreds of hits are a virtual list: few rows in the DOM, every rank reachable by scrolling; first page within 100 ms of the last keystroke', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: '新建文稿' }).click();
  const box = page.getByTestId('library-search');
  await box.click();
  // A single common character matches nearly every passage of the library.
  await box.fill('的');
  const count = page.getByTestId('library-count');
  await expect(count).toContainText('共');
  const total = Number(/共 (\d+) 条/.exec(await count.innerText())![1]);
  expect(total).toBeGreaterThan(100);
  const rows = page.locator('[data-testid="library-results"] > li.result');
  expect(await rows.count()).toBeLessThan(30);

  // Scroll to the end: the last rank appears, loaded page by page on the way.
  const list = page.getByTestId('library-results');
  // Each step waits for the rows it brought into view to arrive (rows in view, none still loading), as a reader would.
  const atEnd = () => list.evaluate((el) => el.scrollTop + el.clientHeight >= el.scrollHeight - 1);
  const viewLoaded = () =>
    list.evaluate((el) => {
      const view = el.getBoundingClientRect();
      const rows = [...el.querySelectorAll('[data-testid^="library-result"]')].filter((row) => {
        const box = row.getBoundingClientRect();
        return box.bottom > view.top && box.top < view.bottom;
      });
      return rows.length > 0 && rows.every((row) => row.getAttribute('data-testid') === 'library-result');
    });
  for (let step = 0; step < 40 && !(await atEnd()); step++) {
    await list.evaluate((el) => el.scrollBy(0, 2000));
    await expect.poll(viewLoaded).toBe(true);
  }
  await list.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(page.locator('.result-rank', { hasText: new RegExp(`^${total}$`) })).toBeVisible();
  await expect(page.getByTestId('library-result').last().locator('.result-text')).not.toBeEmpty();
  expect(await rows.count()).toBeLessThan(30);

  // ↓ from the top keeps the selection in view.
  await box.click();
  await box.fill('乡村');
  await expect(count).not.toContainText(`共 ${total} 条`);
  for (let i = 0; i < 12; i++) await box.press('ArrowDown');
  await expect(page.locator('.result.selected .result-rank')).toHaveText('13');
  await expect(page.locator('.result.selected')).toBeInViewport();

  // Time from the last keystroke to the first page painted, for a few typical queries.
  const delays: number[] = [];
  for (const q of ['千万工程', '人居环境', '垃圾分类', '乡村振兴', '共同富裕']) {
    await box.fill('');
    await expect(count).toHaveCount(0);
    await page.evaluate(() => performance.clearMarks('library-results'));
    const typedAt = await box.evaluate((el, text) => {
      const input = el as HTMLInputElement;
      // One keystroke that completes the query: the rest is already in the box.
      input.focus();
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      setValue.call(input, text);
      const at = performance.now();
      input.dispatchEvent(new Event('input', { bubbles: true }));
      return at;
    }, q);
    await expect(count).toContainText('共');
    const paintedAt = await page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.getEntriesByName('library-results').at(-1)?.startTime ?? NaN))));
    delays.push(paintedAt - typedAt);
  }
  console.log(`library: last keystroke → first page, ms: ${delays.map((d) => d.toFixed(0)).join(', ')}`);
  delays.sort((a, b) => a - b);
  expect(delays[Math.floor(delays.length / 2)]).toBeLessThan(100);
});

test('the results stay still under the pointer: moving onto a lower card does not shift it, so its buttons take the click', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: '新建文稿' }).click();
  await page.getByTestId('library-search').fill('千万工程');
  await expect(page.getByTestId('library-count')).toContainText('共');
  const second = page.getByTestId('library-result').nth(1);
  const button = second.getByRole('button', { name: '改写使用' });
  const before = (await button.boundingBox())!;
  // The pointer comes down from the search box onto the second card's button, as a hand moves.
  await page.mouse.move(before.x + before.width / 2, before.y - 60);
  await page.mouse.move(before.x + before.width / 2, before.y + before.height / 2, { steps: 8 });
  await page.waitForTimeout(400);
  const after = (await button.boundingBox())!;
  expect(Math.abs(after.y - before.y)).toBeLessThan(1);
  await page.mouse.down();
  await page.mouse.up();
  // The click reached 改写使用 of that card: the 范文 text is in the draft as an adaptation.
  await expect(page.getByTestId('editor').locator('.adapted-text')).toBeVisible();
});

test('a search shows its first card from the top, and ↓ to a card taller than the list shows that card from its start (1280×720)', async ({ page, host }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(host.url);
  await page.getByRole('button', { name: '新建文稿' }).click();
  await page.getByTestId('library-search').fill('人居环境');
  await expect(page.getByTestId('library-result').first()).toBeVisible();
  // The card's top against the list's top, in pixels, and whether the card is taller than the list.
  const selectedCard = () =>
    page.getByTestId('library-results').evaluate((list) => {
      const card = list.querySelector('.result.selected')!;
      return { offset: Math.round(card.getBoundingClientRect().top - list.getBoundingClientRect().top), tall: card.getBoundingClientRect().height > list.clientHeight, scrolled: list.scrollTop };
    });
  await page.waitForTimeout(300);
  expect(await selectedCard()).toMatchObject({ offset: 0, scrolled: 0 });
  // Down the list until a card taller than it is selected: its first lines are in view.
  let seen = false;
  for (let i = 0; i < 8 && !seen; i++) {
    await page.keyboard.press('ArrowDown');
    await page.waitForTimeout(200);
    const card = await selectedCard();
    expect(card.offset).toBeGreaterThanOrEqual(0);
    seen = card.tall;
    if (card.tall) expect(card.offset).toBe(0);
  }
  expect(seen).toBe(true);
});
