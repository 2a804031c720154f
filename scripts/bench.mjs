// `npm run bench [-- --quick]`: benchmarks, not timed tests. Brings the built app up to date (the editor
// and host figures run it), then runs the benchmark entry; it prints one table and writes
// bench-results/bench.json.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { root, runTypeScript } from './runTypeScript.mjs';

const built = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);
process.exitCode = await runTypeScript('scripts/bench/runBench.ts', process.argv.slice(2), { nodeArgs: ['--expose-gc'] });
