import os from 'node:os';
import path from 'node:path';

/** Folder name shared with Electron's userData (Electron derives it from productName). */
export const APP_DIR_NAME = 'qianwan-writer';

/**
 * The OS-conventional user-data folder, the same one Electron's app.getPath('userData') gives, so the
 * desktop app, the browser host and the CLI see the same documents. `--data-dir` or QIANWAN_DATA_DIR
 * override it.
 */
export function userDataDir(options: { override?: string | null; env?: NodeJS.ProcessEnv; platform?: NodeJS.Platform; home?: string } = {}): string {
  const env = options.env ?? process.env;
  const explicit = options.override || env.QIANWAN_DATA_DIR;
  if (explicit) return path.resolve(explicit);
  const platform = options.platform ?? process.platform;
  const home = options.home ?? os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA || path.join(home, 'AppData', 'Roaming'), APP_DIR_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_DIR_NAME);
  return path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), APP_DIR_NAME);
}
