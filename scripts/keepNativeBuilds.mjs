// electron-builder rebuilds native modules in node_modules itself, for Electron's ABI (node-gyp even
// deletes build/ first). Plain Node — tests, the CLI, the browser host — needs the Node build back
// afterwards, so each module's whole build/ folder is copied aside and restored, whatever happens.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Runs `fn`, then puts every given build folder back exactly as it was before (or removes it if it did not exist). */
export async function keepNativeBuilds(buildDirs, fn) {
  const backup = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-native-builds-'));
  const saved = buildDirs.map((dir, i) => {
    const copy = path.join(backup, String(i));
    const existed = fs.existsSync(dir);
    if (existed) fs.cpSync(dir, copy, { recursive: true, preserveTimestamps: true });
    return { dir, copy, existed };
  });
  try {
    return await fn();
  } finally {
    for (const { dir, copy, existed } of saved) {
      fs.rmSync(dir, { recursive: true, force: true });
      if (existed) {
        fs.mkdirSync(path.dirname(dir), { recursive: true });
        fs.cpSync(copy, dir, { recursive: true, preserveTimestamps: true });
      }
    }
    fs.rmSync(backup, { recursive: true, force: true });
  }
}
