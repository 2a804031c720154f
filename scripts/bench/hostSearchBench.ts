import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openUserDb } from '../../electron/node/db/openUserDb';
import { LibraryService } from '../../electron/node/library/LibraryService';
import { benchResources, hostCpuMs, hostRssMiB, startHost, stopHost } from './benchHost';
import { commonQueries, drawQueries } from './drawQueries';
import type { BenchRow } from './formatTable';
import { percentile } from './latency';

export interface HostSearchOptions {
  /** "200k", "1M". */
  label: string;
  perClass: number;
  /** The p95 target of a search over HTTP, in ms. */
  p95TargetMs: number;
}

/**
 * The node side as the app runs it: `qianwan serve` with this library, searched over HTTP with the
 * page's token for a first page of 50 (what the library panel asks for), over every query class of
 * the in-process benchmark including the most common strings. Per request: the round trip, and the
 * CPU time of the host's main thread (what the request cost there, whatever else the machine runs).
 * Baseline, in the same run: the same queries through LibraryService in this process, no HTTP. Also
 * the first search after the host starts (it opens the library) and the host's memory.
 */
export async function hostSearchBench(root: string, libraryFile: string, { label, perClass, p95TargetMs }: HostSearchOptions): Promise<BenchRow[]> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-host-bench-'));
  const resources = benchResources(root, path.join(tmp, 'resources'), libraryFile);
  const db = new Database(libraryFile, { readonly: true });
  const queries = [...drawQueries(db, perClass, 777), commonQueries(db, perClass)].flatMap((c) => c.queries);
  db.close();
  const host = await startHost(root, path.join(tmp, 'data'), resources);
  try {
    const idle = hostRssMiB(host);
    const search = async (query: string) => {
      const res = await fetch(new URL('/api/searchLibrary', host.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-qianwan-token': host.token },
        body: JSON.stringify({ query, limit: 50 }),
      });
      if (!res.ok) throw new Error(`search failed: HTTP ${res.status}`);
      return (await res.json()) as unknown;
    };
    const t0 = performance.now();
    await search('乡');
    const firstMs = performance.now() - t0;
    const times: number[] = [];
    const cpu: number[] = [];
    let bytes = 0;
    for (const query of queries) {
      const c0 = hostCpuMs(host);
      const t = performance.now();
      bytes += JSON.stringify(await search(query)).length;
      times.push(performance.now() - t);
      cpu.push(hostCpuMs(host) - c0);
    }
    const rss = hostRssMiB(host);

    const userDb = openUserDb(path.join(tmp, 'user.db'));
    const library = new LibraryService(libraryFile, userDb);
    const local: number[] = [];
    try {
      library.search({ query: '乡', limit: 50 });
      for (const query of queries) {
        const t = performance.now();
        library.search({ query, limit: 50 });
        local.push(performance.now() - t);
      }
    } finally {
      library.close();
      userDb.close();
    }
    const p95 = percentile(times, 95);
    const local95 = percentile(local, 95);
    return [
      {
        figure: `host ${label}: search over HTTP, first page of 50, p95 of ${times.length} (all classes; baseline: the same in-process)`,
        value: p95,
        unit: 'ms',
        baseline: local95,
        ratio: local95 / p95,
        target: `≤ ${p95TargetMs} ms`,
        pass: p95 <= p95TargetMs,
      },
      { figure: `  host ${label}: p50 over HTTP (baseline: in-process)`, value: percentile(times, 50), unit: 'ms', baseline: percentile(local, 50), ratio: percentile(local, 50) / percentile(times, 50), target: '—', pass: null },
      { figure: `  host ${label}: the host's CPU time per search (its main thread), p95`, value: percentile(cpu, 95), unit: 'ms', baseline: null, ratio: null, target: '—', pass: null },
      { figure: `  host ${label}: answer size, mean`, value: bytes / queries.length / 1024, unit: 'KiB', baseline: null, ratio: null, target: '—', pass: null },
      { figure: `  host ${label}: the first search after the host starts (opens the library)`, value: firstMs, unit: 'ms', baseline: null, ratio: null, target: '—', pass: null },
      { figure: `host ${label}: node side memory after every query class (RSS; at start ${idle.toFixed(0)} MiB)`, value: rss, unit: 'MiB', baseline: null, ratio: null, target: '< 600 MiB', pass: rss < 600 },
    ];
  } finally {
    await stopHost(host);
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
