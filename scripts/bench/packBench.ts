import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createServices } from '../../electron/node/api/createServices';
import { runImport } from '../../electron/node/library/import/runImport';
import type { BenchRow } from './formatTable';
import { packFiles } from './packFiles';

/**
 * Importing a library pack of about 20 MB (packFiles) into a fresh data folder, through the app's
 * service (read, check, merge, rebuild the own search index), the median of `runs`. The baseline,
 * measured in the same run, is what a colleague without the pack would do: import the same original
 * files through the import pipeline (read, clean, save) — which is also how the pack's library is made.
 */
export async function packBench(root: string, runs: number): Promise<BenchRow[]> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-packbench-'));
  const libraryFile = path.join(root, 'resources', 'library.db');
  try {
    const files = packFiles(root);
    const from = createServices({ dataDir: path.join(tmp, 'from'), libraryFile });
    let pack: Uint8Array;
    let pipelineMs: number;
    try {
      const t0 = performance.now();
      const { build } = await runImport(files, () => undefined);
      from.ownSources.commit(build, build.sources.map((s, index) => ({ index, title: s.title, site: s.site, date: s.date, url: s.url })));
      pipelineMs = performance.now() - t0;
      pack = (await from.packs.export()).bytes;
    } finally {
      from.close();
    }
    const times: number[] = [];
    let passages = 0;
    for (let i = 0; i < runs; i++) {
      const into = createServices({ dataDir: path.join(tmp, `into-${i}`), libraryFile });
      try {
        const t0 = performance.now();
        const summary = into.packs.import('bench.qwpack', pack);
        times.push(performance.now() - t0);
        passages = summary.passages.added + summary.passages.present;
      } finally {
        into.close();
      }
    }
    const value = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
    const mb = (pack.length / 1048576).toFixed(1);
    return [
      {
        figure: `library pack: import of a ${mb} MB pack (${files.length} files, ${passages} passages; baseline: the pipeline on its originals)`,
        value,
        unit: 'ms',
        baseline: pipelineMs,
        ratio: pipelineMs / value,
        target: '≤ 5000 ms',
        pass: value <= 5000,
      },
    ];
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
