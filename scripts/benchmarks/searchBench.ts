import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { searchFulltext } from '../../electron/node/library/fulltext/searchFulltext';
import { writeLibraryDb } from '../../electron/node/library/writeLibraryDb';
import { parseQuery } from '../../electron/shared/query/parseQuery';
import { foldForSearch } from '../../electron/shared/text/foldForSearch';
import type { BenchRow } from '../bench/formatTable';
import { seededRandom } from '../bench/seededRandom';
import { fileSize, syntheticLibrary } from './syntheticLibrary';

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

/** Search over a synthetic library: index build, size, latency per query class, against a LIKE scan. */
export function searchBench(root: string, passages: number, queriesPerClass: number): BenchRow[] {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-searchbench-'));
  try {
    const build = syntheticLibrary(root, passages);
    const chars = build.passages.reduce((n, p) => n + p.text.length, 0);
    const file = path.join(tmp, 'library.db');
    const t0 = performance.now();
    writeLibraryDb(build, file);
    const buildMs = performance.now() - t0;
    const db = new Database(file, { readonly: true });
    const texts = db.prepare('SELECT text FROM passages').all() as Array<{ text: string }>;
    const rand = seededRandom(7);
    const sample = (len: number) => {
      for (;;) {
        const t = texts[Math.floor(rand() * texts.length)]!.text;
        const at = Math.floor(rand() * Math.max(1, t.length - len));
        const s = t.slice(at, at + len);
        if (s.length === len && !/[\s"“”「」『』-]/.test(s)) return s;
      }
    };
    const classes: Array<[string, () => string]> = [
      ['1 character', () => sample(1)],
      ['2 characters', () => sample(2)],
      ['4 characters', () => sample(4)],
      ['8 characters', () => sample(8)],
      ['two words', () => `${sample(2)} ${sample(2)}`],
    ];
    const like = db.prepare('SELECT rowid FROM passages WHERE instr(folded, ?) > 0 LIMIT 20');
    const likeCount = db.prepare('SELECT count(*) AS n FROM passages WHERE instr(folded, ?) > 0');
    const rows: BenchRow[] = [
      { figure: `search: index build (${passages.toLocaleString('en')} passages, ${(chars / 1e6).toFixed(1)} M chars)`, value: buildMs / 1000, unit: 's', baseline: null, ratio: null, target: '< 60 s', pass: buildMs < 60_000 },
      { figure: 'search: library.db size with index', value: fileSize(file) / 1048576, unit: 'MB', baseline: null, ratio: null, target: '—', pass: null },
    ];
    for (const [name, make] of classes) {
      const queries = Array.from({ length: queriesPerClass }, make);
      // Warm the page cache the way a running app has it warm.
      for (const q of queries.slice(0, 3)) searchFulltext(db, parseQuery(q), {}, 20, 0);
      const times = queries.map((q) => {
        const t = performance.now();
        searchFulltext(db, parseQuery(q), {}, 20, 0);
        return performance.now() - t;
      });
      const baseTimes = queries.slice(0, Math.max(5, Math.floor(queriesPerClass / 5))).map((q) => {
        const t = performance.now();
        const terms = q.split(' ').map(foldForSearch);
        // The naive way: a substring scan for the count and the first page.
        likeCount.get(terms[0]);
        like.all(terms[0]);
        return performance.now() - t;
      });
      const p95 = percentile(times, 95);
      const base95 = percentile(baseTimes, 95);
      rows.push({ figure: `search p50, ${name}`, value: percentile(times, 50), unit: 'ms', baseline: percentile(baseTimes, 50), ratio: percentile(baseTimes, 50) / percentile(times, 50), target: '—', pass: null });
      rows.push({ figure: `search p95, ${name}`, value: p95, unit: 'ms', baseline: base95, ratio: base95 / p95, target: '≤ 25 ms, ≥ 10× faster', pass: p95 <= 25 && base95 / p95 >= 10 });
    }
    db.close();
    return rows;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
