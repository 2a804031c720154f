import fs from 'node:fs';
import path from 'node:path';

/** What the caller knows about where it runs; Electron's facts are passed in, never imported here. */
export interface ResourcesLocation {
  /** Electron's `app.isPackaged`: true only inside an installed (or unpacked `dist:dir`) build. */
  packaged?: boolean;
  /** Electron's `process.resourcesPath`: where electron-builder puts extraResources beside app.asar. */
  resourcesPath?: string;
  /** Where to start looking in a checkout (the running bundle's folder). */
  start?: string;
  env?: NodeJS.ProcessEnv;
}

/**
 * The one answer to "where are library.db, corpus/ and templates/?" for every way the app runs:
 * - packaged: electron-builder's extraResources land in `process.resourcesPath` (resources/ on Linux
 *   and Windows, Contents/Resources on macOS), next to app.asar — the asar itself holds only code;
 * - development (Electron from dist/electron/) and the browser host or CLI (dist/cli.cjs): the first
 *   `resources` folder with a corpus found walking up from the bundle, i.e. the checkout's resources/.
 * QIANWAN_RESOURCES_DIR overrides the checkout lookup (tests, a library built elsewhere); an installed
 * app ignores it and uses only what it shipped with.
 */
export function resourcesDir(location: ResourcesLocation = {}): string {
  const env = location.env ?? process.env;
  if (location.packaged) {
    if (!location.resourcesPath) throw new Error('packaged app without a resources path');
    const dir = path.resolve(location.resourcesPath);
    if (!fs.existsSync(path.join(dir, 'library.db'))) throw new Error(`library.db is missing from the installed resources in ${dir}: the package is incomplete`);
    return dir;
  }
  if (env.QIANWAN_RESOURCES_DIR) return path.resolve(env.QIANWAN_RESOURCES_DIR);
  const start = location.start ?? __dirname;
  let dir = start;
  for (;;) {
    const candidate = path.join(dir, 'resources');
    if (fs.existsSync(path.join(candidate, 'corpus'))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`resources folder not found above ${start}`);
    dir = parent;
  }
}
