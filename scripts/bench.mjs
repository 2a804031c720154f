// `npm run bench [-- --quick]`: benchmarks, not timed tests. Bundles the TypeScript benchmark entry with
// esbuild (packages stay external) and runs it; it prints one table and writes bench-results/bench.json.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The editor and host figures run the built app (dist/): bring it up to date first.
const built = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);
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
process.exit(r.status ?? 1);
