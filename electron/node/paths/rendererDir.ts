import fs from 'node:fs';
import path from 'node:path';

/**
 * The built renderer (index.html and its assets) that the browser host serves: beside the running
 * bundle (dist/cli.cjs → dist/renderer), or the checkout's dist/renderer when running from source.
 * Found from the code's own location, not from the resources folder, which QIANWAN_RESOURCES_DIR can
 * point anywhere. Null when the renderer has not been built.
 */
export function rendererDir(start: string = __dirname): string | null {
  let dir = start;
  for (;;) {
    for (const candidate of [path.join(dir, 'renderer'), path.join(dir, 'dist', 'renderer')]) {
      if (fs.existsSync(path.join(candidate, 'index.html'))) return candidate;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}
