// `npm run dist` (installers for this platform: AppImage + deb, NSIS, or dmg) and `npm run dist:dir`
// (`--dir`: the unpacked app only, e.g. release/linux-unpacked). Also accepts --linux, --win, --mac and
// --x64, --arm64, --ia32 (another platform or architecture downloads that Electron; see README).
// 1. Checks for the Electron runtime first and stops with one line if there is none.
// 2. Builds the app (scripts/build.mjs) and renders the icons (scripts/icons).
// 3. Runs electron-builder, which rebuilds better-sqlite3 for Electron's ABI in node_modules; the
//    Node build is put back afterwards, so `npm test` and the CLI keep working.
// Failures are one line (QIANWAN_DIST_DEBUG=1 prints the whole error).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { keepNativeBuilds } from './keepNativeBuilds.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const electronVersion = JSON.parse(fs.readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')).version;
const hostPlatform = { linux: 'linux', win32: 'win', darwin: 'mac' }[process.platform];
const platforms = ['linux', 'win', 'mac'].filter((p) => args.includes(`--${p}`));
const archs = ['x64', 'arm64', 'ia32', 'armv7l', 'universal'].filter((a) => args.includes(`--${a}`));
// The local runtime fits only this machine's platform and architecture.
const forHostOnly = (platforms.length === 0 || (platforms.length === 1 && platforms[0] === hostPlatform)) && (archs.length === 0 || (archs.length === 1 && archs[0] === process.arch));

function fail(message) {
  console.error(`打包失败 / dist failed: ${message}`);
  process.exit(1);
}

/** The unpacked Electron for this machine: ELECTRON_OVERRIDE_DIST_PATH or node_modules/electron/dist. */
function localElectronDist() {
  const fetchTried = () => {
    // Like `npm start`: the electron package fetches its runtime on first use (needs network).
    if (process.env.ELECTRON_OVERRIDE_DIST_PATH) return;
    spawnSync(process.execPath, [path.join(root, 'node_modules/electron/install.js')], { cwd: path.join(root, 'node_modules/electron'), stdio: 'ignore', timeout: 300_000 });
  };
  const resolveBinary = () => {
    try {
      delete require.cache[require.resolve('electron')];
      const binary = require('electron');
      return typeof binary === 'string' && fs.existsSync(binary) ? binary : null;
    } catch {
      return null;
    }
  };
  let binary = resolveBinary();
  if (!binary) {
    fetchTried();
    binary = resolveBinary();
  }
  if (!binary) return null;
  return process.env.ELECTRON_OVERRIDE_DIST_PATH ? path.resolve(process.env.ELECTRON_OVERRIDE_DIST_PATH) : path.join(root, 'node_modules/electron/dist');
}

/** electron-builder's own download cache: a zip there lets it package offline too. */
function cachedElectronZip() {
  const cacheRoots = [
    process.env.ELECTRON_CACHE,
    process.platform === 'darwin' ? path.join(os.homedir(), 'Library/Caches/electron') : null,
    process.platform === 'win32' ? path.join(process.env.LOCALAPPDATA ?? path.join(os.homedir(), 'AppData/Local'), 'electron/Cache') : null,
    path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'electron'),
  ].filter(Boolean);
  const name = `electron-v${electronVersion}-${process.platform}-${process.arch}.zip`;
  for (const dir of cacheRoots) {
    if (!fs.existsSync(dir)) continue;
    if (fs.existsSync(path.join(dir, name))) return path.join(dir, name);
    for (const sub of fs.readdirSync(dir)) if (fs.existsSync(path.join(dir, sub, name))) return path.join(dir, sub, name);
  }
  return null;
}

let electronDist = null;
if (forHostOnly) {
  electronDist = localElectronDist() ?? cachedElectronZip();
  if (!electronDist) {
    fail(
      `没有 Electron ${electronVersion} 运行时（node_modules/electron/dist 不存在，也未设置 ELECTRON_OVERRIDE_DIST_PATH，缓存中也没有 electron-v${electronVersion}-${process.platform}-${process.arch}.zip）/ ` +
        `no Electron ${electronVersion} runtime: run on a connected machine, or set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron ${electronVersion} (see README, "打包").`,
    );
  }
  const versionFile = path.join(electronDist, 'version');
  if (!electronDist.endsWith('.zip') && fs.existsSync(versionFile)) {
    const found = fs.readFileSync(versionFile, 'utf8').trim().replace(/^v/, '');
    if (found !== electronVersion) fail(`${electronDist} 是 Electron ${found}，而 package.json 使用 ${electronVersion} / ${electronDist} holds Electron ${found}, but the app is built for ${electronVersion}.`);
  }
}

for (const [name, script] of [
  ['build', 'scripts/build.mjs'],
  ['icons', 'scripts/icons/run.mjs'],
]) {
  const r = spawnSync(process.execPath, [path.join(root, script)], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) fail(`${name} step exited with ${r.status ?? r.signal}`);
}

const options = { projectDir: root, publish: 'never', config: electronDist ? { electronDist } : {} };
if (args.includes('--dir')) options.dir = true;
for (const p of platforms) options[p] = [];
for (const a of archs) options[a] = true;
try {
  const { build } = require('electron-builder');
  // Rebuilt for Electron in place while packaging; the Node build is put back afterwards.
  const files = await keepNativeBuilds([path.join(root, 'node_modules/better-sqlite3/build')], () => build(options));
  console.log(`打包完成 / packaged:\n${files.map((f) => `  ${path.relative(root, f)}`).join('\n') || `  ${path.join('release', '*-unpacked')}`}`);
} catch (err) {
  if (process.env.QIANWAN_DIST_DEBUG) console.error(err);
  const message = String(err instanceof Error ? err.message : err).split('\n').find((l) => l.trim()) ?? 'unknown error';
  const text = String(err?.stack ?? err);
  const hint = /node-gyp|rebuild/i.test(message)
    ? ' — 为 Electron 重新编译 better-sqlite3 需要 Electron 头文件（联网下载，或预先放在 ~/.electron-gyp）和 C++ 编译器，见 README“打包” / rebuilding better-sqlite3 for Electron needs its headers (a download, or ~/.electron-gyp) and a C++ toolchain; see README.'
    : /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|getaddrinfo|download|socket hang up/i.test(text)
      ? ' — 需要联网下载 electron-builder 的打包工具，见 README“打包” / electron-builder needs to download its packaging tools; see README.'
      : '';
  process.exitCode = 1;
  console.error(`打包失败 / dist failed: ${message}${hint}`);
}
