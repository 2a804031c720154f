import fs from 'node:fs';
import path from 'node:path';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** The content type the renderer's files are served with (the browser host and Electron's app:// alike). */
export function staticMimeType(file: string): string {
  return MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The regular file under `root` (a real path: resolve it with fs.realpathSync first) that a URL path
 * names, or null. Symbolic links are resolved and the real file must still lie inside the renderer
 * folder: a link there to the data folder once served user.db. Devices, FIFOs and directories are
 * never served; `/` is the page.
 */
export function resolveStaticFile(root: string, pathname: string): string | null {
  let rel: string;
  try {
    rel = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (rel.includes('\0')) return null;
  if (rel === '/' || rel === '') rel = '/index.html';
  const file = path.resolve(root, `.${rel}`);
  if (!isInside(root, file)) return null;
  try {
    const real = fs.realpathSync(file);
    return isInside(root, real) && fs.statSync(real).isFile() ? real : null;
  } catch {
    return null;
  }
}

function isInside(root: string, file: string): boolean {
  return file !== root && file.startsWith(root + path.sep);
}
