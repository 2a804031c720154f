import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { chromium, type Browser, type Page } from '@playwright/test';
import { createServices } from '../../electron/node/api/createServices';
import type { BenchRow } from './formatTable';
import { percentile } from './latency';
import { longDocument } from './longDocument';

const CHROMIUM = process.env.QIANWAN_CHROMIUM ?? '/usr/bin/chromium';
// Frames on demand instead of at a 60 Hz beat: "key → next painted frame" then measures the app's
// work and rendering, not where in the display's refresh the key happened to fall (up to 16.7 ms).
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-gpu-vsync', '--disable-frame-rate-limit'];
interface TypingProbe {
  /** beforeinput → the start of the next frame (requestAnimationFrame). */
  frame: number[];
  /** beforeinput → the task after that frame's rAF: the frame's style, layout and paint are done. */
  painted: number[];
  /** beforeinput → the end of the task that handled it (the editor's own work per character). */
  task: number[];
  /** Event Timing durations (rounded by the browser to 8 ms) of characters at 16 ms or more. */
  slowEvents: number[];
  autosave: number[];
}

/**
 * Runs in the page (serialised by Playwright; this file is type-checked with Node's libraries, so
 * the DOM is reached through a narrow view of globalThis).
 */
function installTypingProbe(): void {
  const page = globalThis as unknown as {
    __typing: TypingProbe;
    addEventListener(type: string, fn: (e: { timeStamp: number }) => void, capture: boolean): void;
    requestAnimationFrame(fn: () => void): void;
  };
  const w: TypingProbe = { frame: [], painted: [], task: [], slowEvents: [], autosave: [] };
  page.__typing = w;
  page.addEventListener(
    'beforeinput',
    (e) => {
      const at = e.timeStamp;
      // The browser's MessagePort (onmessage also starts it), not Node's, whose types this file sees.
      const after = (fn: () => void) => {
        const channel = new MessageChannel();
        (channel.port1 as unknown as { onmessage: () => void }).onmessage = fn;
        channel.port2.postMessage(null);
      };
      page.requestAnimationFrame(() => {
        w.frame.push(performance.now() - at);
        after(() => w.painted.push(performance.now() - at));
      });
      after(() => w.task.push(performance.now() - at));
    },
    true,
  );
  new PerformanceObserver((list) => {
    // One entry per character: insertText (an IME's commit) fires beforeinput and input in one task, both ending at the same paint.
    for (const entry of list.getEntries()) if (entry.name === 'beforeinput') w.slowEvents.push(entry.duration);
  }).observe({ type: 'event', durationThreshold: 16 } as unknown as { type: 'measure' });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'autosave') w.autosave.push(entry.duration);
  }).observe({ type: 'measure' } as unknown as { type: 'measure' });
}

const TYPED = '我们要深入学习浙江千万工程经验，因地制宜推进乡村全面振兴，久久为功建设宜居宜业和美乡村。';

interface Host {
  child: ChildProcess;
  url: string;
}

function startHost(root: string, dataDir: string, resources: string): Promise<Host> {
  const child = spawn(process.execPath, [path.join(root, 'bin', 'qianwan.cjs'), 'serve', '--no-open', '--data-dir', dataDir], {
    cwd: root,
    env: { ...process.env, QIANWAN_RESOURCES_DIR: resources },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(out);
      if (m) resolve({ child, url: m[1]! });
    });
    child.on('exit', (code) => reject(new Error(`host exited ${code}: ${out}`)));
  });
}

function stopHost(host: Host): Promise<void> {
  return new Promise((resolve) => {
    if (host.child.exitCode !== null) return resolve();
    host.child.once('exit', () => resolve());
    host.child.kill('SIGTERM');
  });
}

/**
 * A data folder holding a short note and the document measured, created last so the app opens it at
 * start; the note is there to switch from when opening the document from the list is timed.
 */
function dataFolder(tmp: string, name: string, libraryFile: string, chars: number, citations: number): string {
  const dataDir = path.join(tmp, name);
  const services = createServices({ dataDir, libraryFile });
  const lib = new Database(libraryFile, { readonly: true });
  services.documents.create({ title: '便笺', content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '今天学习的要点。' }] }] } });
  services.documents.create({ title: `${chars} 字的文稿`, content: longDocument(lib, chars, citations) });
  lib.close();
  services.close();
  return dataDir;
}

/**
 * Types as a writer does who starts the moment the window appears: a character every few
 * milliseconds (Chromium's own input path, as an IME commits), until one lands in the editor's text.
 * Resolves when the page has shown it; keys sent before the editor has the caret are lost, as a
 * writer's would be.
 */
async function takesTyping(page: Page, token: string): Promise<void> {
  const landed = (t: string) => (globalThis as unknown as { document: { querySelector(s: string): { textContent: string | null } | null } }).document.querySelector('[data-testid="editor"]')?.textContent?.includes(t) ?? false;
  for (;;) {
    await page.keyboard.insertText(token);
    if (await page.evaluate(landed, token)) return;
    await page.waitForTimeout(5);
  }
}

/** The same through Playwright's locators: find the first paragraph, click into it, type, see it. */
async function clickAndType(page: Page, token: string): Promise<void> {
  const editor = page.getByTestId('editor');
  await editor.locator('p').first().click();
  await page.keyboard.insertText(token);
  await editor.filter({ hasText: token }).waitFor();
}

/**
 * Time from a click on the document in the list (while the note is open) to its text in the DOM, as
 * the app marks it: opening a document as a writer does.
 */
async function clickOpenTime(page: Page, title: string): Promise<number> {
  await page.locator('.doc-open', { hasText: '便笺' }).click();
  await page.getByTestId('editor').filter({ hasText: '今天学习的要点' }).waitFor();
  const button = page.locator('.doc-open', { hasText: title });
  const clickedAt = await button.evaluate((el) => {
    const at = performance.now();
    (el as unknown as { click(): void }).click();
    return at;
  });
  await page.waitForFunction((after) => (performance.getEntriesByName('document-shown')[0]?.startTime ?? 0) > after, clickedAt, { timeout: 30_000 });
  return (await page.evaluate(() => performance.getEntriesByName('document-shown')[0]!.startTime)) - clickedAt;
}

/**
 * Time from navigation start to the document's text in the DOM, and to the whole of it (a long draft
 * mounts its first screen first and the rest in stages), as the app marks them.
 */
async function openTime(page: Page, url: string): Promise<{ shown: number; complete: number }> {
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('document-complete').length > 0, undefined, { timeout: 30_000 });
  return page.evaluate(() => ({ shown: performance.getEntriesByName('document-shown')[0]!.startTime, complete: performance.getEntriesByName('document-complete')[0]!.startTime }));
}

/**
 * Types into the middle of the open document the way an IME commits characters (one insertText per
 * character) and measures, per character, the time from its beforeinput event to the start of the
 * next frame (requestAnimationFrame), plus what the Event Timing API reports (events ≥ 16 ms).
 */
async function typingLatency(page: Page, count: number): Promise<TypingProbe> {
  const editor = page.getByTestId('editor');
  // Typing is measured in the whole draft, once its last stage is in.
  await page.waitForFunction(() => performance.getEntriesByName('document-complete').length > 0, undefined, { timeout: 30_000 });
  const paragraphs = await editor.locator('p').count();
  await editor.locator('p').nth(Math.floor(paragraphs / 2)).click();
  await page.keyboard.press('End');
  await page.evaluate(installTypingProbe);
  for (let i = 0; i < count; i++) {
    await page.keyboard.insertText(TYPED[i % TYPED.length]!);
    await page.waitForTimeout(35);
  }
  // Let the autosave that the typing armed run (it waits at most 1.5 s), then one more.
  await page.waitForTimeout(2500);
  return page.evaluate(() => (globalThis as unknown as { __typing: TypingProbe }).__typing);
}

export interface EditorBenchOptions {
  starts: number;
  keystrokes: number;
  /** Characters and citations of the long document. */
  chars: number;
  citations: number;
}

/**
 * The app as a writer meets it, in Chromium through the browser host: start-up to an editor that
 * takes typing (cold host process, new browser each time), opening a long document, typing into it,
 * and autosave's main-thread time. Baseline: the same with a 1,000-character document.
 */
export async function editorBench(root: string, libraryFile: string, options: EditorBenchOptions): Promise<BenchRow[]> {
  if (!fs.existsSync(CHROMIUM)) {
    console.log(`editor benchmark not run: no Chromium at ${CHROMIUM} (set QIANWAN_CHROMIUM)`);
    return [];
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-editor-bench-'));
  const resources = path.join(tmp, 'resources');
  fs.mkdirSync(resources);
  fs.symlinkSync(libraryFile, path.join(resources, 'library.db'));
  for (const dir of ['corpus', 'templates']) if (fs.existsSync(path.join(root, 'resources', dir))) fs.symlinkSync(path.join(root, 'resources', dir), path.join(resources, dir));
  const long = dataFolder(tmp, 'long', libraryFile, options.chars, options.citations);
  const short = dataFolder(tmp, 'short', libraryFile, 1000, 3);
  const rows: BenchRow[] = [];
  let browser: Browser | null = null;
  try {
    // Start-up as `qianwan serve` does it: the host prints its address as soon as it listens and the
    // window opens at once (a new Chromium process each time), while the host opens user.db and its
    // services; until the editor has taken a character. The window's profile is kept from one start
    // to the next, as serve keeps it (data folder/browser-profile): the first start has an empty one
    // (no HTTP or code cache), the others find what the first left.
    const starts = async (dataDir: string) => {
      const total: number[] = [];
      const hostReady: number[] = [];
      const browserReady: number[] = [];
      const clicked: number[] = [];
      const profile = fs.mkdtempSync(path.join(tmp, 'profile-'));
      for (let i = 0; i < options.starts; i++) {
        const t0 = performance.now();
        const host = await startHost(root, dataDir, resources);
        hostReady.push(performance.now() - t0);
        // An app window at the address, as serve opens it (openAppWindow: --app=URL).
        const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, `--app=${host.url}`] });
        try {
          const page = context.pages()[0]!;
          browserReady.push(performance.now() - t0);
          // Marks found nowhere else: the draft's own text, and what earlier starts typed, never match.
          const mark = String.fromCodePoint(0x2460 + i);
          await takesTyping(page, `试${mark}`);
          total.push(performance.now() - t0);
          await clickAndType(page, `验${mark}`);
          clicked.push(performance.now() - t0);
        } finally {
          await context.close();
          await stopHost(host);
        }
      }
      return { total, hostReady, browserReady, clicked };
    };
    const longStarts = await starts(long);
    const shortStarts = await starts(short);

    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const measure = async (dataDir: string, title: string) => {
      const host = await startHost(root, dataDir, resources);
      try {
        const page = await browser!.newPage({ viewport: { width: 1400, height: 900 } });
        const loads: number[] = [];
        const completes: number[] = [];
        for (let i = 0; i < 5; i++) {
          const t = await openTime(page, host.url);
          loads.push(t.shown);
          completes.push(t.complete);
        }
        const opens: number[] = [];
        for (let i = 0; i < 5; i++) opens.push(await clickOpenTime(page, title));
        const typing = await typingLatency(page, options.keystrokes);
        await page.close();
        return { loads, completes, opens, typing };
      } finally {
        await stopHost(host);
      }
    };
    const l = await measure(long, `${options.chars} 字的文稿`);
    const s = await measure(short, '1000 字的文稿');
    const median = (xs: number[]) => percentile(xs, 50);
    const p95 = (xs: number[]) => percentile(xs, 95);
    const row = (figure: string, value: number, baseline: number | null, unit: string, target: string, pass: boolean | null): BenchRow => ({
      figure,
      value,
      unit,
      baseline,
      ratio: baseline === null || value === 0 ? null : baseline / value,
      target,
      pass,
    });
    const doc = `${(options.chars / 1000).toFixed(0)}k-character draft, ${options.citations} citations`;
    rows.push(
      row(`start-up to an editor that takes typing, a 1k-character draft open (median of ${options.starts} cold starts)`, median(shortStarts.total), null, 'ms', '< 1000 ms', median(shortStarts.total) < 1000),
      row(`start-up to an editor that takes typing, the ${doc} open (median of ${options.starts}; baseline: the 1k draft)`, median(longStarts.total), median(shortStarts.total), 'ms', '< 1000 ms', median(longStarts.total) < 1000),
      row('  the first of them (the window\u2019s profile still empty: no HTTP or code cache)', longStarts.total[0]!, shortStarts.total[0]!, 'ms', '—', null),
      row('  of which: host listening (address printed)', median(longStarts.hostReady), median(shortStarts.hostReady), 'ms', '—', null),
      row('  of which: Chromium started, its window open', median(longStarts.browserReady), median(shortStarts.browserReady), 'ms', '—', null),
      row('  then Playwright finds the first paragraph, clicks into it and sees a character typed there (median)', median(longStarts.clicked), median(shortStarts.clicked), 'ms', '—', null),
      row(`open the ${doc} from the list: click → its text in the DOM, p95 of 5`, p95(l.opens), p95(s.opens), 'ms', '< 300 ms', p95(l.opens) < 300),
      row(`  page load with the ${doc} open: navigation → its text in the DOM, p95 of 5`, p95(l.loads), p95(s.loads), 'ms', '—', null),
      row('  page load: navigation → the whole draft mounted (its last stage appended), p95 of 5', p95(l.completes), p95(s.completes), 'ms', '—', null),
      row(`typing in the ${doc}: character → next frame painted (its style, layout and paint done), p95 of ${l.typing.painted.length}`, p95(l.typing.painted), p95(s.typing.painted), 'ms', '< 16 ms', p95(l.typing.painted) < 16),
      row('  of which: character → the next frame starts (requestAnimationFrame), p95', p95(l.typing.frame), p95(s.typing.frame), 'ms', '—', null),
      row('  of which: the editor’s work per character (beforeinput → end of its task), p95', p95(l.typing.task), p95(s.typing.task), 'ms', '—', null),
      // Event Timing rounds to 8 ms: a character it reports at 16 ms took 12–20 ms to its frame's presentation.
      row('  Event Timing API (key → frame presented, in 8 ms steps): characters reported at 16 ms', l.typing.slowEvents.filter((d) => d < 24).length, s.typing.slowEvents.filter((d) => d < 24).length, `of ${options.keystrokes}`, '—', null),
      row('  Event Timing API: characters reported at 24 ms or more (took ≥ 20 ms)', l.typing.slowEvents.filter((d) => d >= 24).length, s.typing.slowEvents.filter((d) => d >= 24).length, `of ${options.keystrokes}`, '≤ 5 %', l.typing.slowEvents.filter((d) => d >= 24).length <= options.keystrokes * 0.05),
      row(`autosave of the ${doc}: main-thread time, max of ${l.typing.autosave.length}`, Math.max(0, ...l.typing.autosave), Math.max(0, ...s.typing.autosave), 'ms', '< 20 ms', l.typing.autosave.length > 0 && Math.max(...l.typing.autosave) < 20),
    );
    return rows;
  } finally {
    await browser?.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
