import fs from 'node:fs';
import path from 'node:path';

/**
 * Where resources/ (corpus, built library) lives: QIANWAN_RESOURCES_DIR if set, else the first
 * `resources` folder found walking up from this bundle (development and the browser host run from
 * the checkout; a packaged app passes its own folder explicitly).
 */
export function resourcesDir(start: string = __dirname, env: NodeJS.ProcessEnv = process.env): string {
  if (env.QIANWAN_RESOURCES_DIR) return path.resolve(env.QIANWAN_RESOURCES_DIR);
  let dir = start;
  for (;;) {
    const candidate = path.join(dir, 'resources');
    if (fs.existsSync(path.join(candidate, 'corpus'))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`resources folder not found above ${start}`);
    dir = parent;
  }
}
