import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resourcesDir } from '../resourcesDir';

let tmp: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-resources-'));
});
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A fake resources folder as each layout has it: library.db, corpus/, templates/. */
function fakeResources(dir: string): string {
  fs.mkdirSync(path.join(dir, 'corpus'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'templates'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'library.db'), 'fake');
  fs.writeFileSync(path.join(dir, 'corpus', 'seed.txt'), '千万工程');
  return dir;
}

function mkdir(...parts: string[]): string {
  const dir = path.join(tmp, ...parts);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

describe('resourcesDir', () => {
  it('development: Electron main runs from <checkout>/dist/electron and finds <checkout>/resources', () => {
    const resources = fakeResources(mkdir('checkout', 'resources'));
    const mainBundleDir = mkdir('checkout', 'dist', 'electron');
    expect(resourcesDir({ packaged: false, resourcesPath: '/opt/electron/resources', start: mainBundleDir, env: {} })).toBe(resources);
  });

  it('browser host and CLI: dist/cli.cjs finds the same <checkout>/resources', () => {
    const resources = fakeResources(mkdir('checkout', 'resources'));
    const cliBundleDir = mkdir('checkout', 'dist');
    expect(resourcesDir({ start: cliBundleDir, env: {} })).toBe(resources);
    expect(fs.existsSync(path.join(resourcesDir({ start: cliBundleDir, env: {} }), 'library.db'))).toBe(true);
  });

  it('packaged (Linux/Windows): extraResources beside app.asar in process.resourcesPath', () => {
    const resourcesPath = fakeResources(mkdir('linux-unpacked', 'resources'));
    mkdir('linux-unpacked', 'resources', 'app.asar.unpacked');
    const insideAsar = path.join(resourcesPath, 'app.asar', 'dist', 'electron');
    expect(resourcesDir({ packaged: true, resourcesPath, start: insideAsar, env: {} })).toBe(resourcesPath);
  });

  it('packaged (macOS): Contents/Resources, even when a checkout with resources/ lies above the app', () => {
    fakeResources(mkdir('checkout', 'resources'));
    const resourcesPath = fakeResources(mkdir('checkout', 'release', 'mac', '千万工程写作助手.app', 'Contents', 'Resources'));
    const insideAsar = path.join(resourcesPath, 'app.asar', 'dist', 'electron');
    expect(resourcesDir({ packaged: true, resourcesPath, start: insideAsar, env: {} })).toBe(resourcesPath);
  });

  it('an installed app ignores QIANWAN_RESOURCES_DIR; development and the host honour it', () => {
    const override = fakeResources(mkdir('elsewhere'));
    const resourcesPath = fakeResources(mkdir('installed', 'resources'));
    fakeResources(mkdir('checkout', 'resources'));
    const env = { QIANWAN_RESOURCES_DIR: override };
    expect(resourcesDir({ packaged: true, resourcesPath, env })).toBe(resourcesPath);
    expect(resourcesDir({ start: mkdir('checkout', 'dist'), env })).toBe(override);
  });

  it('says what is wrong when the package lacks library.db or no resources folder exists', () => {
    const empty = mkdir('broken', 'resources');
    expect(() => resourcesDir({ packaged: true, resourcesPath: empty, env: {} })).toThrow(/library\.db is missing/);
    expect(() => resourcesDir({ packaged: true, env: {} })).toThrow(/resources path/);
    expect(() => resourcesDir({ start: mkdir('nowhere', 'dist'), env: {} })).toThrow(/resources folder not found/);
  });
});
