import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { chromium, type Page } from '@playwright/test';
import { createServices } from '../../electron/node/api/createServices';
import { benchResources, startHost, stopHost } from './benchHost';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium';
import { commonQueries, drawQueries } from './drawQueries';
import type { BenchRow } from './formatTable';
import { percentile } from './latency';

interface SearchProbe {
  /** timeStamp of the last input event in the search box. */
  typedAt: number;
  /** When the frame after the newest first page (the app's 'library-results' mark) was painted. */
  paintedAt: number;
}

/** Runs in the page (serialised by Playwright; the DOM is reached through a narrow view of globalThis). */
function installSearchProbe(): void {
  const page = globalThis as unknown as {
    __search: SearchProbe;
    addEventListener(type: string, fn: (e: { timeStamp: number; target: unknown }) => void, capture: boolean): void;
    requestAnimationFrame(fn: () => void): void;
  };
  const probe: SearchProbe = { typedAt: 0, paintedAt: 0 };
  page.__search = probe;
  page.addEventListener('input', (e) => (probe.typedAt = e.timeStamp), true);
  new PerformanceObserver((list) => {
    if (!list.getEntries().some((e) => e.name === 'library-results')) return;
    // The list is in the DOM; the frame that shows it is painted once the task after its rAF runs.
    page.requestAnimationFrame(() => {
      const channel = new MessageChannel();
      (channel.port1 as unknown as { onmessage: () => void }).onmessage = () => (probe.paintedAt = performance.now());
      channel.port2.postMessage(null);
    });
  }).observe({ type: 'mark' } as unknown as { type: 'measure' });
}

/** The time from the query's last keystroke to its first page painted, the rest of it typed (and answered) before. */
async function keystrokeToFirstPage(page: Page, query: string): Promise<number> {
  const box = page.getByTestId('library-search');
  const prefix = query.slice(0, -1);
  await box.fill(prefix);
  if (prefix.trim()) await page.waitForFunction(() => (globalThis as unknown as { __search: SearchProbe }).__search.paintedAt > (globalThis as unknown as { __search: SearchProbe }).__search.typedAt, undefined, { timeout: 60_000 });
  await page.waitForTimeout(50);
  await page.keyboard.insertText(query.slice(-1));
  await page.waitForFunction(() => (globalThis as unknown as { __search: SearchProbe }).__search.paintedAt > (globalThis as unknown as { __search: SearchProbe }).__search.typedAt, undefined, { timeout: 60_000 });
  return page.evaluate(() => {
    const p = (globalThis as unknown as { __search: SearchProbe }).__search;
    return p.paintedAt - p.typedAt;
  });
}

/**
 * What the writer feels of search: in Chromium through the browser host, the time from the keystroke
 * that completes a query in the library panel's search box (the rest typed and answered before) to
 * the frame that shows its first page. Includes the panel's 30 ms typing delay, the request, the
 * search, the answer's parse and React's render of the visible rows. Queries: every class of the
 * search benchmark, drawn from the library.
 */
export async function uiSearchBench(root: string, libraryFile: string, label: string, perClass: number): Promise<BenchRow[]> {
  if (!fs.existsSync(CHROMIUM)) return [];
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-ui-search-'));
  const resources = benchResources(root, path.join(tmp, 'resources'), libraryFile);
  const dataDir = path.join(tmp, 'data');
  const services = createServices({ dataDir, libraryFile });
  services.documents.create({ title: '心得', content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '今天学习的要点。' }] }] } });
  services.close();
  const db = new Database(libraryFile, { readonly: true });
  const queries = [...drawQueries(db, perClass, 4711), commonQueries(db, perClass)].flatMap((c) => c.queries);
  db.close();
  const host = await startHost(root, dataDir, resources);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(host.url);
    await page.getByTestId('editor').waitFor();
    await page.evaluate(installSearchProbe);
    // The first search opens the library in the host: timed on its own.
    const first = await keystrokeToFirstPage(page, '乡');
    const times: number[] = [];
    for (const q of queries) times.push(await keystrokeToFirstPage(page, q));
    return [
      { figure: `UI ${label}: last keystroke → first page painted in the library panel, p50 of ${times.length} (all classes)`, value: percentile(times, 50), unit: 'ms', baseline: null, ratio: null, target: '—', pass: null },
      { figure: `UI ${label}: last keystroke → first page painted, p95`, value: percentile(times, 95), unit: 'ms', baseline: null, ratio: null, target: '—', pass: null },
      { figure: `  UI ${label}: the first search of the session (the host opens the library)`, value: first, unit: 'ms', baseline: null, ratio: null, target: '—', pass: null },
    ];
  } finally {
    await browser.close();
    await stopHost(host);
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
