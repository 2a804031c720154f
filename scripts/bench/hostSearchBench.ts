import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drawQueries } from './drawQueries';
import type { BenchRow } from './formatTable';
import { percentile } from './latency';

function rssMiB(pid: number): number {
  return Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;
}

/**
 * The node side as the app runs it: `qianwan serve` with this library, searched over HTTP with the
 * page's token, as the renderer does. Reports the round trip per query and the host's memory (RSS)
 * once every query class has run — the figure the memory target is about.
 */
export async function hostSearchBench(root: string, libraryFile: string, label: string, perClass: number): Promise<BenchRow[]> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-host-bench-'));
  const resources = path.join(tmp, 'resources');
  fs.mkdirSync(resources);
  fs.symlinkSync(libraryFile, path.join(resources, 'library.db'));
  const child = spawn(process.execPath, [path.join(root, 'bin', 'qianwan.cjs'), 'serve', '--no-open', '--data-dir', path.join(tmp, 'data')], {
    cwd: root,
    env: { ...process.env, QIANWAN_RESOURCES_DIR: resources },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const url = await new Promise<URL>((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(out);
        if (m) resolve(new URL(m[1]!));
      });
      child.on('exit', (code) => reject(new Error(`host exited ${code}`)));
    });
    const token = url.searchParams.get('token')!;
    const idle = rssMiB(child.pid!);
    const db = new Database(libraryFile, { readonly: true });
    const queries = drawQueries(db, perClass, 777).flatMap((c) => c.queries);
    db.close();
    const times: number[] = [];
    for (const query of queries) {
      const t0 = performance.now();
      const res = await fetch(new URL('/api/searchLibrary', url), {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-qianwan-token': token },
        body: JSON.stringify({ query, limit: 50 }),
      });
      if (!res.ok) throw new Error(`search failed: HTTP ${res.status}`);
      await res.json();
      times.push(performance.now() - t0);
    }
    const rss = rssMiB(child.pid!);
    return [
      { figure: `host ${label}: search over HTTP, first page of 50, p95 of ${times.length} (all classes)`, value: percentile(times, 95), unit: 'ms', baseline: null, ratio: null, target: '—', pass: null },
      { figure: `host ${label}: node side memory after every query class (RSS; at start ${idle.toFixed(0)} MiB)`, value: rss, unit: 'MiB', baseline: null, ratio: null, target: '< 600 MiB', pass: rss < 600 },
    ];
  } finally {
    child.kill('SIGTERM');
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
