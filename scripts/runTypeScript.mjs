// Node 20 cannot run TypeScript: a script's entry is bundled with esbuild into a temporary CommonJS
// file inside node_modules/.cache (packages stay external and resolve from the project's node_modules) and run from the project
// root. Shared by the benchmark, the crash harness and the icon renderer.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Bundles `entry` (relative to the root), runs it with `args`, and returns its exit status. */
export async function runTypeScript(entry, args, { nodeArgs = [], define } = {}) {
  // Inside the project, so the bundle finds node_modules for require() and import() alike (ES modules
  // such as pdf.js ignore NODE_PATH).
  const cache = path.join(root, 'node_modules', '.cache');
  fs.mkdirSync(cache, { recursive: true });
  const dir = fs.mkdtempSync(path.join(cache, 'qw-run-'));
  const out = path.join(dir, `${path.basename(entry, '.ts')}.cjs`);
  try {
    await build({
      entryPoints: [path.join(root, entry)],
      outfile: out,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      packages: 'external',
      logLevel: 'warning',
      ...(define ? { define } : {}),
    });
    const env = { ...process.env, NODE_PATH: path.join(root, 'node_modules') };
    return spawnSync(process.execPath, [...nodeArgs, out, ...args], { cwd: root, stdio: 'inherit', env }).status ?? 1;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
