// Node 20 cannot run TypeScript: the harness entry is bundled into a temporary CommonJS file (packages
// stay external and resolve from the project's node_modules) and run.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-crash-main-'));
const out = path.join(dir, 'crashMain.cjs');
try {
  await build({
    entryPoints: [path.join(root, 'scripts/crash/crashMain.ts')],
    outfile: out,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    logLevel: 'warning',
    // The harness finds the child's source relative to its own file.
    define: { __dirname: JSON.stringify(path.join(root, 'scripts/crash')) },
  });
  const env = { ...process.env, NODE_PATH: path.join(root, 'node_modules') };
  const r = spawnSync(process.execPath, [out, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', env });
  process.exitCode = r.status ?? 1;
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
