import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { buildSearchIndex } from '../../electron/node/library/search/buildSearchIndex';
import { PassageSearch } from '../../electron/node/library/search/PassageSearch';
import { commonQueries, drawQueries } from './drawQueries';
import { formatTable, type BenchRow } from './formatTable';
import { percentile, timeEach } from './latency';
import { naiveScan } from './naiveScan';
import { writeSyntheticLibrary } from './writeSyntheticLibrary';

const P95_TARGET_MS = 25;
const SPEEDUP_TARGET = 10;
const BUILD_TARGET_S = 60;
const THEME = '生态文明';

function arg(name: string): string | undefined {
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
}

function indexBytes(db: Database.Database): number {
  return (db.prepare("SELECT coalesce(sum(pgsize), 0) AS n FROM dbstat WHERE name LIKE 'search\\_%' ESCAPE '\\' OR name LIKE 'sqlite\\_autoindex\\_search\\_%' ESCAPE '\\'").get() as { n: number }).n;
}

function main(): void {
  const quick = process.argv.includes('--quick');
  const passages = Number(arg('passages') ?? (quick ? 20_000 : 200_000));
  const perClass = Number(arg('queries') ?? (quick ? 30 : 50));
  const scanPerClass = Number(arg('scan-queries') ?? (quick ? 6 : 10));
  const out = path.resolve(arg('out') ?? 'bench-results/bench.json');
  const started = Date.now();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-search-bench-'));
  const file = path.join(tmp, 'library.db');
  const rows: BenchRow[] = [];
  try {
    console.log(`writing a synthetic library of ${passages.toLocaleString('en')} passages …`);
    const lib = writeSyntheticLibrary(process.cwd(), file, passages);
    const db = new Database(file);
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    const baseBytes = fs.statSync(file).size;
    console.log(`building the search index (${(lib.units / 1e6).toFixed(1)} M characters) …`);
    const stats = buildSearchIndex(db);
    global.gc?.();
    const sizeBytes = indexBytes(db);
    db.close();

    const ro = new Database(file, { readonly: true });
    const t0 = performance.now();
    // Headline figures without the posting cache: every query reads its lists from SQLite.
    const search = new PassageSearch(ro, { cacheBytes: 0 });
    const openMs = performance.now() - t0;
    const scan = naiveScan(ro);
    const classes = drawQueries(ro, perClass, 42);
    const extra = [commonQueries(ro, 30), { ...classes[1]!, name: '2 characters, with a theme filter' }, { ...classes[1]!, name: '2 characters, page at offset 1,000' }];
    const warmUp = drawQueries(ro, 5, 4242).flatMap((c) => c.queries);
    for (const q of warmUp) search.search({ query: q, limit: 20 });
    scan(warmUp[0]!);

    rows.push(
      { figure: `library: ${passages.toLocaleString('en')} passages, ${(lib.units / 1e6).toFixed(1)} M characters`, value: baseBytes / 1048576, unit: 'MiB', baseline: null, ratio: null, target: '—', pass: null },
      { figure: 'index build (read, fold, postings, write)', value: stats.ms / 1000, unit: 's', baseline: null, ratio: null, target: `< ${BUILD_TARGET_S} s`, pass: stats.ms / 1000 < BUILD_TARGET_S },
      { figure: `index size (${stats.bigrams.toLocaleString('en')} bigrams, ${stats.unigrams.toLocaleString('en')} unigrams)`, value: sizeBytes / 1048576, unit: 'MiB', baseline: null, ratio: null, target: '—', pass: null },
      { figure: 'open PassageSearch (per-passage arrays)', value: openMs, unit: 'ms', baseline: null, ratio: null, target: '—', pass: null },
    );
    const classResults: unknown[] = [];
    let recallChecked = 0;
    let recallEqual = 0;
    const inputFor = (name: string) => (query: string) =>
      name.includes('theme filter') ? { query, limit: 20, filter: { themes: [THEME] } } : name.includes('offset') ? { query, limit: 20, offset: 1000 } : { query, limit: 20 };
    for (const c of [...classes, ...extra]) {
      const totals: number[] = [];
      const input = inputFor(c.name);
      const times = timeEach(c.queries, (q) => totals.push(search.search(input(q)).total));
      const scanned = c.queries.slice(0, scanPerClass);
      const scanTotals: number[] = [];
      const theme = c.name.includes('theme filter') ? THEME : undefined;
      const scanTimes = timeEach(scanned, (q) => scanTotals.push(scan(q, theme)));
      scanTotals.forEach((n, i) => {
        recallChecked++;
        if (n === totals[i]) recallEqual++;
        else console.error(`MISMATCH ${JSON.stringify(scanned[i])}: index ${totals[i]}, scan ${n}`);
      });
      const p50 = percentile(times, 50);
      const p95 = percentile(times, 95);
      const s50 = percentile(scanTimes, 50);
      const s95 = percentile(scanTimes, 95);
      const extraClass = extra.includes(c);
      rows.push(
        { figure: `p50, ${c.name}${extraClass ? '' : ' (first page of 20, ranked)'}`, value: p50, unit: 'ms', baseline: s50, ratio: s50 / p50, target: '—', pass: null },
        { figure: `p95, ${c.name}`, value: p95, unit: 'ms', baseline: s95, ratio: s95 / p95, target: `≤ ${P95_TARGET_MS} ms, ≥ ${SPEEDUP_TARGET}×`, pass: p95 <= P95_TARGET_MS && s95 / p95 >= SPEEDUP_TARGET },
      );
      classResults.push({ class: c.name, queries: c.queries.length, p50, p95, max: Math.max(...times), medianTotal: percentile(totals, 50), scanQueries: scanned.length, scanP50: s50, scanP95: s95 });
    }
    rows.push({ figure: 'totals equal to the LIKE scan', value: recallEqual, unit: `of ${recallChecked}`, baseline: null, ratio: null, target: 'all', pass: recallEqual === recallChecked });
    const peakMb = process.resourceUsage().maxRSS / 1024;
    rows.push({ figure: 'peak memory (RSS, whole run)', value: peakMb, unit: 'MiB', baseline: null, ratio: null, target: '—', pass: null });
    ro.close();

    console.log(`\nSearch benchmark (${quick ? 'quick' : 'full'}), node ${process.version}, ${os.cpus().length} CPUs; baseline = LIKE scan of passages.folded (${scanPerClass} queries a class)\n`);
    console.log(formatTable(rows));
    fs.mkdirSync(path.dirname(out), { recursive: true });
    const json = { mode: quick ? 'quick' : 'full', at: new Date().toISOString(), node: process.version, seconds: (Date.now() - started) / 1000, passages, units: lib.units, build: stats, indexBytes: sizeBytes, libraryBytesWithoutIndex: baseBytes, classes: classResults, rows };
    fs.writeFileSync(out, `${JSON.stringify(json, null, 2)}\n`);
    console.log(`\nJSON: ${path.relative(process.cwd(), out)}`);
    if (rows.some((r) => r.pass === false)) process.exitCode = 1;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main();
