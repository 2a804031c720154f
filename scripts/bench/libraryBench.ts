import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createServices } from '../../electron/node/api/createServices';
import { buildLibrary, readCorpusDir } from '../../electron/node/library/buildLibrary';
import { runImport } from '../../electron/node/library/import/runImport';
import type { CorpusBuild, RawSourceFile } from '../../electron/node/library/pipeline/corpusTypes';
import { stableId } from '../../electron/node/library/pipeline/stableId';
import { writeLibraryDb } from '../../electron/node/library/writeLibraryDb';
import { foldForSearch } from '../../electron/shared/text/foldForSearch';
import type { BenchRow } from './formatTable';

/** The naive build a first version would do: decode as UTF-8, one passage per line, write the same tables. */
function naiveBuild(files: RawSourceFile[]): CorpusBuild {
  const build: CorpusBuild = { sources: [], works: [], passages: [], report: [] };
  for (const f of files) {
    const rawText = new TextDecoder().decode(f.bytes);
    const sourceId = stableId('s', f.bytes, 12);
    const workId = `w${sourceId}`;
    build.sources.push({ id: sourceId, fileName: f.fileName, rawText, title: f.fileName, site: null, date: null, url: null, docNumber: null, pages: null, author: null });
    build.works.push({ id: workId, sourceId, ord: 0, title: f.fileName });
    let at = 0;
    rawText.split('\n').forEach((line, ord) => {
      const text = line.trim();
      if (text) build.passages.push({ id: stableId('p', foldForSearch(text) + at), text, heading: null, kind: '论述', themes: [], rules: [], incomplete: false, flags: [], occurrences: [{ sourceId, workId, ord, start: at, end: at + line.length }] });
      at += line.length + 1;
    });
  }
  return build;
}

/** About 1 MB of realistic scraped text: the seed documents repeated with varied place names and numbers. */
function megabyteFile(corpusDir: string): RawSourceFile {
  const seeds = readCorpusDir(corpusDir).map((f) => new TextDecoder().decode(f.bytes));
  const places = ['海淀', '东沙镇', '红坪镇', '余村', '安吉', '德清', '瑞安', '曹村镇'];
  let text = '';
  for (let round = 0; Buffer.byteLength(text) < 1024 * 1024; round++) {
    for (const seed of seeds) {
      text += `${seed.replaceAll('千万工程', `千万工程（第${round}稿）`).replaceAll(places[round % places.length]!, places[(round + 3) % places.length]!)}\n`;
    }
  }
  return { fileName: 'one-megabyte.txt', bytes: Buffer.from(text, 'utf8') };
}

function time<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const value = fn();
  return [value, performance.now() - t0];
}

async function timeAsync<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const value = await fn();
  return [value, performance.now() - t0];
}

export async function libraryBench(root: string, runs: number): Promise<BenchRow[]> {
  const corpusDir = path.join(root, 'resources', 'corpus');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-libbench-'));
  try {
    const seedTimes: number[] = [];
    const naiveSeed: number[] = [];
    for (let i = 0; i < runs; i++) {
      seedTimes.push((await timeAsync(() => buildLibrary(corpusDir, path.join(tmp, `seed-${i}.db`))))[1]);
      naiveSeed.push(time(() => writeLibraryDb(naiveBuild(readCorpusDir(corpusDir)), path.join(tmp, `naive-${i}.db`)))[1]);
    }
    const big = megabyteFile(corpusDir);
    const importTimes: number[] = [];
    const naiveImport: number[] = [];
    for (let i = 0; i < runs; i++) {
      const services = createServices({ dataDir: path.join(tmp, `data-${i}`), libraryFile: path.join(tmp, 'seed-0.db') });
      const [, ms] = await timeAsync(async () => {
        const { build } = await runImport([big], () => undefined);
        services.ownSources.commit(build, [{ index: 0, title: '1 MB', site: null, date: null, url: null }]);
      });
      importTimes.push(ms);
      services.close();
      naiveImport.push(time(() => writeLibraryDb(naiveBuild([big]), path.join(tmp, `naive-big-${i}.db`)))[1]);
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const seed = median(seedTimes);
    const seedBase = median(naiveSeed);
    const imp = median(importTimes);
    const impBase = median(naiveImport);
    return [
      { figure: 'library: build seed corpus (5 files, median)', value: seed, unit: 'ms', baseline: seedBase, ratio: seedBase / seed, target: '< 2000 ms', pass: seed < 2000 },
      { figure: `library: import ${(big.bytes.length / 1048576).toFixed(2)} MB text (clean + save)`, value: imp, unit: 'ms', baseline: impBase, ratio: impBase / imp, target: '< 3000 ms', pass: imp < 3000 },
    ];
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
