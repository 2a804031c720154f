import fs from 'node:fs';
import path from 'node:path';
import type { CustomScheme } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../node/host/contentSecurityPolicy';
import { resolveStaticFile, staticMimeType } from '../node/host/resolveStaticFile';

export const APP_SCHEME = 'app';
/** The page's origin: a standard, secure scheme of our own instead of file://, so the page is one origin
 * with its own storage and no file:// privileges, and it can reach only the files this handler serves. */
export const APP_ORIGIN = `${APP_SCHEME}://qianwan`;
export const APP_PAGE_URL = `${APP_ORIGIN}/index.html`;

/**
 * Registered before the app is ready. standard: the page resolves relative URLs and keeps its own
 * storage (the draft stash) like an https page; secure: it counts as a secure context; supportFetchAPI:
 * module scripts and dynamic imports load through fetch; codeCache: V8 caches the compiled bundles
 * between starts. No bypassCSP, no service workers, no CORS for other origins.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

/**
 * protocol.handle's handler for app://: only the renderer folder's regular files (after resolving
 * links, see resolveStaticFile), only GET and HEAD, only on our own host; everything else is a 404 or
 * 405 with no body worth reading. The CSP travels as a header too, besides the page's meta element.
 */
export function serveRendererFiles(rendererDir: string): (request: Request) => Promise<Response> {
  const root = fs.realpathSync(path.resolve(rendererDir));
  return async (request) => {
    const url = new URL(request.url);
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== new URL(APP_ORIGIN).host) return new Response(null, { status: 404 });
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405 });
    const file = resolveStaticFile(root, url.pathname);
    if (!file) return new Response(null, { status: 404 });
    const headers = {
      'content-type': staticMimeType(file),
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
    };
    if (request.method === 'HEAD') return new Response(null, { status: 200, headers });
    return new Response(await fs.promises.readFile(file), { status: 200, headers });
  };
}
