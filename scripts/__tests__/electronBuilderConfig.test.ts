import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import type { FuseOptionsV1 } from 'app-builder-lib';
import { DebugLogger } from 'builder-util';
import { beforeAll, describe, expect, it } from 'vitest';

// The packaging configuration is checked here, on every machine, because the installers themselves can
// only be built where the Electron runtime can be had: a broken electron-builder.yml fails the suite.
const root = path.resolve(__dirname, '..', '..');
const schema = JSON.parse(fs.readFileSync(path.join(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8')) as object;

type Config = Record<string, unknown> & {
  appId?: string;
  productName?: string;
  asar?: boolean;
  asarUnpack?: string[];
  extraResources?: { from: string; to: string }[];
  files?: (string | { filter?: string[] })[];
  linux?: { target?: unknown[]; icon?: string; desktop?: { entry?: Record<string, string> }; description?: string; synopsis?: string; maintainer?: string };
  win?: { target?: unknown[]; icon?: string };
  mac?: { target?: unknown[]; icon?: string };
  nsis?: { oneClick?: boolean; perMachine?: boolean; installerLanguages?: string[]; language?: string; unicode?: boolean };
  directories?: { output?: string; buildResources?: string };
  npmRebuild?: boolean;
  electronFuses?: FuseOptionsV1;
};

let config: Config;
beforeAll(async () => {
  // Read exactly as electron-builder reads it (electron-builder.yml found and parsed by its own loader).
  config = (await getConfig(root, null, null)) as unknown as Config;
});

/** electron-builder's own validator options (app-builder-lib/out/util/config/schemaValidator.js). */
let validate: ReturnType<Ajv['compile']> | null = null;
function schemaErrors(value: unknown): string[] {
  validate ??= new Ajv({ allErrors: true, strict: false }).compile(schema);
  return validate(structuredClone(value)) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

function targetNames(targets: unknown[] | undefined): string[] {
  return (targets ?? []).map((t) => (typeof t === 'string' ? t : (t as { target: string }).target));
}

describe('electron-builder.yml', () => {
  it('matches electron-builder’s configuration schema (scheme.json) and passes its own validation', async () => {
    expect(schemaErrors(config)).toEqual([]);
    await expect(validateConfiguration(structuredClone(config) as never, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('the same check rejects a broken configuration', async () => {
    const misspelt = { ...config, nsis: { ...config.nsis, perUser: true } };
    expect(schemaErrors(misspelt).join('\n')).toMatch(/nsis/);
    await expect(validateConfiguration(misspelt as never, new DebugLogger(false))).rejects.toThrow(/Invalid configuration object/);
    expect(schemaErrors({ ...config, asar: 'yes please' })).not.toEqual([]);
    expect(schemaErrors({ ...config, linux: { ...config.linux, target: 42 } })).not.toEqual([]);
  });

  it('names the app and builds AppImage + deb, NSIS and dmg', () => {
    expect(config.appId).toBe('cn.qianwan.writer');
    expect(config.productName).toBe('千万工程写作助手');
    expect(targetNames(config.linux?.target)).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(targetNames(config.win?.target)).toContain('nsis');
    expect(targetNames(config.mac?.target)).toContain('dmg');
  });

  it('carries Chinese and English metadata, including the Linux desktop entry', () => {
    const entry = config.linux?.desktop?.entry ?? {};
    expect(entry['Name[zh_CN]']).toBe('千万工程写作助手');
    expect(entry.Name).toMatch(/^[\x20-\x7e]+$/);
    expect(entry['Comment[zh_CN]']).toMatch(/[\u4e00-\u9fff]/);
    expect(entry.Comment).toMatch(/[A-Za-z]{4}/);
    expect(config.linux?.description).toMatch(/[\u4e00-\u9fff]/);
    expect(config.linux?.description).toMatch(/offline/i);
    expect(config.linux?.maintainer).toMatch(/<[^@\s]+@[^@\s]+>/);
  });

  it('installs per user on Windows, with a Chinese (and English) installer', () => {
    expect(config.nsis?.perMachine).toBe(false);
    expect(config.nsis?.installerLanguages).toEqual(expect.arrayContaining(['zh_CN', 'en_US']));
    expect(config.nsis?.language).toBe('2052');
  });

  it('packs code into app.asar but leaves native modules on disk, rebuilt for Electron', () => {
    expect(config.asar).not.toBe(false);
    expect(config.asarUnpack).toEqual(expect.arrayContaining(['**/*.node', '**/node_modules/better-sqlite3/**', '**/node_modules/@node-rs/jieba-*/**']));
    expect(config.npmRebuild).not.toBe(false);
    // The files list ships the built main bundle that package.json names as the entry point.
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { main: string; devDependencies: Record<string, string> };
    expect(pkg.main.startsWith('dist/')).toBe(true);
    const files = (config.files ?? []).flatMap((f) => (typeof f === 'string' ? [f] : (f.filter ?? [])));
    expect(files).toContain('dist/**/*');
    expect(pkg.devDependencies.electron).toBeTruthy();
  });

  it('ships library.db, the raw corpus and the templates as extra resources, where resourcesDir looks', () => {
    const byTarget = Object.fromEntries((config.extraResources ?? []).map((r) => [r.to, r.from]));
    expect(byTarget['library.db']).toBe('resources/library.db');
    expect(byTarget.corpus).toBe('resources/corpus');
    expect(byTarget.templates).toBe('resources/templates');
    expect(byTarget['gazetteer.tsv.gz']).toBe('resources/gazetteer.tsv.gz');
    expect(byTarget['standard-phrases.json']).toBe('resources/standard-phrases.json');
    expect(fs.statSync(path.join(root, 'resources/corpus')).isDirectory()).toBe(true);
  });

  it('takes its icons from build/, generated from resources/icon.svg and kept out of git', () => {
    expect(config.directories?.buildResources).toBe('build');
    expect(config.directories?.output).toBe('release');
    expect(config.linux?.icon).toBe('build/icons');
    expect(config.win?.icon).toBe('build/icon.ico');
    expect(config.mac?.icon).toBe('build/icon.png');
    expect(fs.existsSync(path.join(root, 'resources/icon.svg'))).toBe(true);
    const ignored = fs.readFileSync(path.join(root, '.gitignore'), 'utf8').split('\n');
    expect(ignored).toEqual(expect.arrayContaining(['build/', 'release/']));
  });

  it('flips the fuses: no run-as-node, NODE_OPTIONS or --inspect, only app.asar, cookies encrypted, no file:// privileges', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
    // The names are the ones electron-builder reads: its schema refuses any other (a misspelt fuse would be ignored silently otherwise).
    expect(schemaErrors({ ...config, electronFuses: { ...config.electronFuses, runAsnode: false } })).not.toEqual([]);
  });
});
