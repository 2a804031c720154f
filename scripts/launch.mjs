// `npm start`: opens the Electron window; when no Electron runtime can be found or fetched, says so in
// one line and starts the browser host instead (opened in a Chromium/Chrome app window, or the URL is
// printed). Extra arguments (e.g. --data-dir=DIR) are passed on.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const electronPkg = path.join(root, 'node_modules', 'electron');

function electronBinary() {
  const pathTxt = path.join(electronPkg, 'path.txt');
  const relative = fs.existsSync(pathTxt) ? fs.readFileSync(pathTxt, 'utf8').trim() : defaultRelative();
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override ? path.join(override, relative) : path.join(electronPkg, 'dist', relative);
  return fs.existsSync(candidate) ? candidate : null;
}

function defaultRelative() {
  if (process.platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return process.platform === 'win32' ? 'electron.exe' : 'electron';
}

function tryFetchElectron() {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH || process.env.QIANWAN_NO_ELECTRON || !fs.existsSync(path.join(electronPkg, 'install.js'))) return false;
  const r = spawnSync(process.execPath, [path.join(electronPkg, 'install.js')], { cwd: electronPkg, stdio: 'ignore', timeout: 120_000 });
  return r.status === 0;
}

let binary = process.env.QIANWAN_NO_ELECTRON ? null : electronBinary();
if (!binary && tryFetchElectron()) binary = electronBinary();

if (binary) {
  const child = spawn(binary, [root, ...args], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log('未找到 Electron 运行时，改用浏览器版（可设置 ELECTRON_OVERRIDE_DIST_PATH 指向已有的 Electron）/ No Electron runtime found; starting the browser host.');
  const dataDir = args.find((a) => a.startsWith('--data-dir='));
  const child = spawn(process.execPath, [path.join(root, 'bin', 'qianwan.cjs'), 'serve', ...(dataDir ? [dataDir] : [])], { stdio: 'inherit' });
  const stop = () => child.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  child.on('exit', (code) => process.exit(code ?? 0));
}
