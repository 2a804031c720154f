import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { buildStoreCheckIndex } from '../../electron/node/check/buildStoreCheckIndex';
import type { CheckIndex } from '../../electron/shared/check/CheckIndex';
import { checkAgainst } from '../../electron/shared/check/checkAgainst';
import type { CheckPassage } from '../../electron/shared/check/checkTypes';
import { textCheckInput } from '../../electron/shared/check/docCheckText';
import { normalizeForCheck } from '../../electron/shared/check/normalizeForCheck';
import type { BenchRow } from '../bench/formatTable';
import { percentile, timeEach } from '../bench/latency';
import { seededRandom } from '../bench/seededRandom';
import { writeSyntheticLibrary } from '../bench/writeSyntheticLibrary';

const DOC_CHARS = 10_000;
const P95_TARGET_MS = 50;
const MEMORY_TARGET_MB = 300;
const MIN_RUN = 13;
const MB = 1048576;

declare const gc: (() => void) | undefined;

function heapNow(): number {
  if (typeof gc === 'function') gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

/** Own words: characters of common Chinese text in an order no library passage has. */
function ownWords(rand: () => number, n: number): string {
  const chars = '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质';
  let out = '';
  while (out.length < n) {
    out += chars[Math.floor(rand() * chars.length)]!;
    if (rand() < 0.08) out += rand() < 0.7 ? '，' : '。';
  }
  return out.slice(0, n);
}

/** A 10,000-character draft: about `borrowed` of it copied in pieces of 20–200 characters from random passages. */
function draft(texts: readonly string[], rand: () => number, borrowed: number): string {
  let out = '';
  while (out.length < DOC_CHARS) {
    if (rand() < borrowed) {
      const t = texts[Math.floor(rand() * texts.length)]!;
      const len = 20 + Math.floor(rand() * 180);
      const at = Math.floor(rand() * Math.max(1, t.length - len));
      out += t.slice(at, at + len);
    } else out += ownWords(rand, 20 + Math.floor(rand() * 180));
    if (rand() < 0.15) out += '\n';
  }
  return out.slice(0, DOC_CHARS);
}

/**
 * The check at library scale: its fingerprint index over the synthetic library (build time, size,
 * extra memory), p50/p95 of checking 10,000-character drafts with the index loaded, and in the same
 * run the naive way (look every 13-character window of the draft up in all passage text with
 * indexOf), timed on a sample of windows and scaled to the whole draft.
 */
export async function checkBench(root: string, passages: number, docsPerClass: number): Promise<BenchRow[]> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-check-bench-'));
  const file = path.join(tmp, 'library.db');
  try {
    const lib = writeSyntheticLibrary(root, file, passages);
    const db = new Database(file, { readonly: true });
    const before = heapNow();
    const rssBefore = process.memoryUsage().rss;
    const t0 = performance.now();
    let index: CheckIndex | null = await buildStoreCheckIndex(db, MIN_RUN, () => undefined);
    const buildMs = performance.now() - t0;
    const extra = heapNow() - before;
    const rssExtra = process.memoryUsage().rss - rssBefore;
    const byId = db.prepare('SELECT p.id, p.text, s.id AS source_id, s.title FROM passages p JOIN occurrences o ON o.passage_id = p.id JOIN sources s ON s.id = o.source_id WHERE p.id IN (SELECT value FROM json_each(?))');
    const lookup = (ids: string[]) =>
      new Map(
        (byId.all(JSON.stringify(ids)) as Array<{ id: string; text: string; source_id: string; title: string }>).map((r): [string, CheckPassage] => [r.id, { id: r.id, text: r.text, sourceId: r.source_id, sourceTitle: r.title, workTitle: '' }]),
      );
    const texts = (db.prepare('SELECT text FROM passages WHERE rowid % 97 = 0').all() as Array<{ text: string }>).map((r) => r.text);
    const rand = seededRandom(1306);
    const rows: BenchRow[] = [
      { figure: `check: index build (${passages.toLocaleString('en')} passages, ${(lib.units / 1e6).toFixed(1)} M chars)`, value: buildMs / 1000, unit: 's', baseline: null, ratio: null, target: '< 60 s', pass: buildMs < 60_000 },
      { figure: 'check: index size (text + fingerprints)', value: index.bytes / MB, unit: 'MB', baseline: null, ratio: null, target: '—', pass: null },
      { figure: `check: extra memory with the index loaded (rss +${Math.round(rssExtra / MB)} MB)`, value: extra / MB, unit: 'MB', baseline: null, ratio: null, target: `< ${MEMORY_TARGET_MB} MB`, pass: extra / MB < MEMORY_TARGET_MB },
      { figure: `check: fingerprints over the cap (${index.cap} postings kept)`, value: index.cappedHashes, unit: '', baseline: null, ratio: null, target: '—', pass: null },
    ];
    // The naive way, on the whole library's text at once.
    const corpus = (db.prepare('SELECT text FROM passages').all() as Array<{ text: string }>).map((r) => String.fromCharCode(...normalizeForCheck(r.text).codes)).join('\u0000');
    for (const [name, share] of [
      ['half borrowed', 0.5],
      ['all borrowed', 1],
    ] as const) {
      const docs = Array.from({ length: docsPerClass }, () => draft(texts, rand, share));
      const idx = index;
      for (const d of docs.slice(0, 5)) checkAgainst(textCheckInput(d), [idx], lookup, MIN_RUN);
      let found = 0;
      // CPU time beside wall time: on a machine shared with other work, wall time also counts waiting for a core.
      const cpu: number[] = [];
      const times = timeEach(docs, (d) => {
        const c0 = process.cpuUsage();
        found += checkAgainst(textCheckInput(d), [idx], lookup, MIN_RUN).totalRatio;
        const c = process.cpuUsage(c0);
        cpu.push((c.user + c.system) / 1000);
      });
      const norm = normalizeForCheck(docs[0]!);
      const windows = norm.length - MIN_RUN + 1;
      const sample = 20;
      const sampleTimes = timeEach(
        Array.from({ length: sample }, (_, i) => String.fromCharCode(...norm.codes.subarray(Math.floor((i * windows) / sample), Math.floor((i * windows) / sample) + MIN_RUN))),
        (w) => corpus.indexOf(w),
      );
      const naive = (sampleTimes.reduce((a, b) => a + b, 0) / sample) * windows;
      const p50 = percentile(times, 50);
      const p95 = percentile(times, 95);
      rows.push({ figure: `check p50, 10,000 chars, ${name} (found ${((found / docs.length) * 100).toFixed(0)}%)`, value: p50, unit: 'ms', baseline: naive, ratio: naive / p50, target: '—', pass: null });
      rows.push({ figure: `check p95, 10,000 chars, ${name}`, value: p95, unit: 'ms', baseline: naive, ratio: naive / p95, target: `≤ ${P95_TARGET_MS} ms`, pass: p95 <= P95_TARGET_MS });
      const cpu95 = percentile(cpu, 95);
      rows.push({ figure: `check p95 CPU time, 10,000 chars, ${name}`, value: cpu95, unit: 'ms', baseline: null, ratio: null, target: `≤ ${P95_TARGET_MS} ms`, pass: cpu95 <= P95_TARGET_MS });
    }
    // What the cap is for: the same fully borrowed drafts with (almost) every posting kept.
    index = null;
    heapNow();
    const uncapped = await buildStoreCheckIndex(db, MIN_RUN, () => undefined, 254);
    const drafts = Array.from({ length: 5 }, () => draft(texts, rand, 1));
    checkAgainst(textCheckInput(drafts[0]!), [uncapped], lookup, MIN_RUN);
    const slow = percentile(timeEach(drafts, (d) => checkAgainst(textCheckInput(d), [uncapped], lookup, MIN_RUN)), 50);
    rows.push({ figure: `check p50, all borrowed, without the cap (254 postings kept; ${(uncapped.bytes / MB).toFixed(0)} MB)`, value: slow, unit: 'ms', baseline: null, ratio: null, target: '—', pass: null });
    db.close();
    return rows;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
