// Renders the app icons (resources/icon.svg → build/icons/*.png, build/icon.png, build/icon.ico).
// Node 20 cannot run TypeScript, so main.ts is bundled with esbuild into a temporary CommonJS file
// (packages stay external and resolve from the project's node_modules) and run from the project root.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-icons-'));
const out = path.join(dir, 'icons.cjs');
try {
  await build({
    entryPoints: [path.join(root, 'scripts/icons/main.ts')],
    outfile: out,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    logLevel: 'warning',
  });
  const env = { ...process.env, NODE_PATH: path.join(root, 'node_modules') };
  const r = spawnSync(process.execPath, [out, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', env });
  process.exitCode = r.status ?? 1;
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
