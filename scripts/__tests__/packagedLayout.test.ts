import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extractFile, listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { FuseState } from '@electron/fuses/dist/constants';
import { Arch, Platform, build } from 'electron-builder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resourcesDir } from '../../electron/node/paths/resourcesDir';

// Packs the real app with electron-builder (`--dir`, Linux layout) around a stand-in Electron, so the
// asar contents, the unpacked native modules and the extra resources are checked on this machine
// too. Only the native rebuild is left out: it needs Electron's headers (see docs/internals.md, 打包).
const root = path.resolve(__dirname, '..', '..');
let tmp: string;
let appDir: string;
let asarFiles: string[];

beforeAll(async () => {
  for (const built of ['dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/renderer/index.html', 'resources/library.db', 'resources/gazetteer.tsv.gz']) {
    if (!fs.existsSync(path.join(root, built))) throw new Error(`${built} is missing: run \`npm run build\` first`);
  }
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-pack-'));
  const fakeElectron = path.join(tmp, 'electron-dist');
  fs.mkdirSync(path.join(fakeElectron, 'resources'), { recursive: true });
  // Its fuse wire as a real Electron carries it (sentinel, version 1, eight fuses at Electron's defaults),
  // so electron-builder flips electron-builder.yml's fuses in it exactly as in the real binary.
  const wire = Buffer.concat([Buffer.from('#!/bin/sh\n# dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'), Buffer.from([1, 8]), Buffer.from('10110001\n')]);
  fs.writeFileSync(path.join(fakeElectron, 'electron'), wire, { mode: 0o755 });
  await build({
    projectDir: root,
    publish: 'never',
    targets: Platform.LINUX.createTarget('dir', Arch.x64),
    config: { electronDist: fakeElectron, npmRebuild: false, directories: { output: path.join(tmp, 'release') } },
  });
  appDir = path.join(tmp, 'release', 'linux-unpacked');
  asarFiles = listPackage(path.join(appDir, 'resources', 'app.asar'), { isPack: false }).map((f) => f.replaceAll('\\', '/'));
}, 240_000);
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('the packaged app (electron-builder --dir)', () => {
  it('has its fuses flipped in the executable: no run-as-node, NODE_OPTIONS or --inspect, only app.asar, cookies encrypted', async () => {
    const fuses = await getCurrentFuseWire(path.join(appDir, 'qianwan-writer'));
    expect(fuses[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
    expect(fuses[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE);
    expect(fuses[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE);
    expect(fuses[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
    expect(fuses[FuseV1Options.EnableCookieEncryption]).toBe(FuseState.ENABLE);
    expect(fuses[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(FuseState.DISABLE);
    // Left as Electron ships it.
    expect(fuses[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.DISABLE);
  });

  it('has the executable and the app code in app.asar, without source maps', () => {
    expect(fs.existsSync(path.join(appDir, 'qianwan-writer'))).toBe(true);
    expect(asarFiles).toEqual(expect.arrayContaining(['/package.json', '/dist/electron/main.cjs', '/dist/electron/preload.cjs', '/dist/renderer/index.html', '/dist/import-worker.cjs']));
    expect(asarFiles.filter((f) => f.endsWith('.map'))).toEqual([]);
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { main: string };
    expect(asarFiles).toContain(`/${pkg.main}`);
    // electron-builder.yml's extraMetadata reaches the packaged package.json (Electron reads desktopName).
    const packaged = JSON.parse(extractFile(path.join(appDir, 'resources', 'app.asar'), 'package.json').toString('utf8')) as Record<string, unknown>;
    expect(packaged).toMatchObject({ main: pkg.main, desktopName: 'qianwan-writer.desktop', author: { name: 'Qianwan Writer contributors' } });
    expect(String(packaged.description)).toMatch(/offline/);
  });

  it('keeps better-sqlite3 and the jieba binary on disk in app.asar.unpacked, without their build inputs', () => {
    const unpacked = path.join(appDir, 'resources', 'app.asar.unpacked', 'node_modules');
    expect(fs.existsSync(path.join(unpacked, 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'))).toBe(true);
    expect(fs.existsSync(path.join(unpacked, 'better-sqlite3', 'lib', 'index.js'))).toBe(true);
    const jieba = fs.readdirSync(path.join(unpacked, '@node-rs')).filter((d) => d.startsWith('jieba-'));
    expect(jieba.length).toBeGreaterThan(0);
    expect(fs.readdirSync(path.join(unpacked, '@node-rs', jieba[0]!)).some((f) => f.endsWith('.node'))).toBe(true);
    expect(fs.existsSync(path.join(unpacked, 'better-sqlite3', 'deps'))).toBe(false);
    expect(fs.existsSync(path.join(unpacked, 'better-sqlite3', 'build', 'Release', 'obj'))).toBe(false);
    // bindings (better-sqlite3's loader) stays in the asar and is found there by Electron's require.
    expect(asarFiles).toContain('/node_modules/bindings/bindings.js');
  });

  it('puts library.db, the raw corpus and the templates beside app.asar, where resourcesDir finds them', () => {
    const resourcesPath = path.join(appDir, 'resources');
    const found = resourcesDir({ packaged: true, resourcesPath, env: {} });
    expect(found).toBe(resourcesPath);
    expect(fs.statSync(path.join(found, 'library.db')).size).toBe(fs.statSync(path.join(root, 'resources', 'library.db')).size);
    expect(fs.readdirSync(path.join(found, 'corpus')).sort()).toEqual(fs.readdirSync(path.join(root, 'resources', 'corpus')).sort());
    expect(fs.statSync(path.join(found, 'gazetteer.tsv.gz')).size).toBe(fs.statSync(path.join(root, 'resources', 'gazetteer.tsv.gz')).size);
    expect(fs.readFileSync(path.join(found, 'standard-phrases.json'), 'utf8')).toBe(fs.readFileSync(path.join(root, 'resources', 'standard-phrases.json'), 'utf8'));
    expect(fs.readdirSync(path.join(found, 'templates')).sort()).toEqual(fs.readdirSync(path.join(root, 'resources', 'templates')).sort());
    expect(asarFiles.some((f) => f.startsWith('/resources/'))).toBe(false);
  });
});
