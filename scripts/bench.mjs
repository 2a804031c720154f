// `npm run bench [-- --quick]`: benchmarks, not timed tests. Bundles the TypeScript benchmark entry with
// esbuild (packages stay external) and runs it; it prints one table and writes bench-results/bench.json.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'qw-bench-')), 'bench.cjs');
await build({
  entryPoints: [path.join(root, 'scripts/benchmarks/runBench.ts')],
  outfile: out,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  packages: 'external',
  nodePaths: [path.join(root, 'node_modules')],
  logLevel: 'warning',
});
const r = spawnSync(process.execPath, ['--expose-gc', out, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_PATH: path.join(root, 'node_modules') } });
// The postings search engine (electron/node/library/search, not yet the app's engine) has its own
// benchmark over the same kind of synthetic library; both run, both decide the exit code.
const engine = spawnSync(process.execPath, [path.join(root, 'scripts/bench/run.mjs'), '--out=bench-results/search-engine.json', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(r.status || engine.status || 0);
