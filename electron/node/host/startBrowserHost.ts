import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ApiError, toErrorPayload, type ApiErrorPayload } from '../../shared/api/ApiError';
import type { QianwanApi } from '../../shared/api/QianwanApi';
import { isApiMethod } from '../../shared/api/apiContract';
import type { BoundApi } from '../api/bindApi';
import { STARTUP_SNAPSHOT_ID } from '../../shared/api/StartupSnapshot';
import { bindLoopback } from './bindLoopback';
import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicy';
import { UNAUTHORIZED_PAGE } from './unauthorizedPage';
import { httpStatusFor } from './httpStatusFor';
import { resolveStaticFile, staticMimeType } from './resolveStaticFile';
import { LEGACY_TOKEN_COOKIE, assetCookieName, cookieValue, headerToken, hostAllowed, originAllowed, tokensEqual } from './hostSecurity';

/** Largest API request body accepted; a saved document is far below this. */
/** Largest API request body: one imported file of 20 MB, base64-encoded, fits. */
export const MAX_BODY_BYTES = 32 * 1024 * 1024;

export interface BrowserHost {
  url: string;
  port: number;
  token: string;
  /**
   * Reads the first screen's data now, while the window is still starting, for the page's next load;
   * an API call before that load (something may have changed) discards it and the page reads afresh.
   */
  prepareStartupSnapshot(): void;
  close(): Promise<void>;
}

/**
 * Serves the built renderer and the API contract over HTTP on 127.0.0.1 only. Every request must
 * carry the per-launch token: the page in its URL (`/?token=`), API calls in a header. The page's
 * scripts and styles, which a browser fetches without our headers, carry a per-port cookie holding a
 * separate asset key instead (assetCookieName), so the token itself is never in a cookie that the
 * browser would send to every other service on 127.0.0.1. Without these the answer is 401.
 */
export async function startBrowserHost(options: {
  /** The bound API, or how to reach it once the caller has opened it (the host may listen first: see runCli serve). */
  api: BoundApi | (() => BoundApi);
  rendererDir: string;
  port?: number;
  /** A server already listening on loopback (bindLoopback), used instead of binding `port`. */
  server?: http.Server;
  token?: string;
  /** Data written into the page for its first screen (StartupSnapshot); null leaves it out. */
  startupSnapshot?: (api: QianwanApi) => Promise<unknown>;
}): Promise<BrowserHost> {
  const bound = options.api;
  const apiOf = typeof bound === 'function' ? bound : () => bound;
  const token = options.token ?? randomBytes(24).toString('base64url');
  const assetKey = randomBytes(24).toString('base64url');
  // Its real path: files are served only when their own real path lies inside it.
  const rendererDir = fs.realpathSync(path.resolve(options.rendererDir));
  const indexFile = path.join(rendererDir, 'index.html');
  // The snapshot as the page will carry it (JSON, `<` escaped), read ahead by prepareStartupSnapshot.
  let prepared: Promise<string | null> | null = null;
  const snapshotJson = async (): Promise<string | null> => {
    const snapshot = options.startupSnapshot ? await options.startupSnapshot(apiOf().api) : null;
    // Data, not script (CSP allows no inline script); `<` escaped so no text in it can end the element.
    return snapshot ? JSON.stringify(snapshot).replace(/</g, '\\u003c') : null;
  };

  const server = options.server ?? (await bindLoopback(options.port ?? 0));
  const port = (server.address() as AddressInfo).port;
  server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    handle(req, res).catch((err: unknown) => refuse(res, 500, toErrorPayload(err)));
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://127.0.0.1');
    } catch {
      // A mistyped address answers with the page that says how to open the app, not "TypeError: Invalid URL".
      return sendPage(res, 400, UNAUTHORIZED_PAGE);
    }
    if (!hostAllowed(req, port)) return refuse(res, 403, { code: 'forbidden', detail: 'host' });
    if (!originAllowed(req, port)) return refuse(res, 403, { code: 'forbidden', detail: 'origin' });
    const isApi = url.pathname.startsWith('/api/');
    // The page by what it resolves to (`//index.html` is the page too): it holds the token, so the asset key never opens it.
    const file = isApi ? null : resolveStaticFile(rendererDir, url.pathname);
    const isPage = file === indexFile;
    const authorised = isApi
      ? tokensEqual(headerToken(req), token)
      : tokensEqual(headerToken(req) ?? url.searchParams.get('token'), token) || (!isPage && tokensEqual(cookieValue(req, assetCookieName(port)), assetKey));
    if (!authorised) {
      // A person at the address without its token gets a page saying how to open the app.
      if (req.method === 'GET' && !isApi && !url.pathname.startsWith('/assets/')) return sendPage(res, 401, UNAUTHORIZED_PAGE);
      return refuse(res, 401, { code: 'unauthorized' });
    }

    if (isApi) {
      if (req.method !== 'POST') return refuse(res, 405, { code: 'invalid_input', detail: 'POST' });
      // A JSON content type forces a CORS preflight, which this server never answers, so another
      // site's form cannot post here even if it learned the token.
      if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) {
        return refuse(res, 415, { code: 'invalid_input', detail: 'content-type' });
      }
      const method = url.pathname.slice('/api/'.length);
      if (!isApiMethod(method)) return refuse(res, 404, { code: 'not_found', detail: method.slice(0, 64) });
      let input: unknown;
      try {
        input = JSON.parse((await readBody(req)) || '{}');
      } catch (err) {
        if (err instanceof ApiError) return refuse(res, 413, toErrorPayload(err));
        return refuse(res, 400, { code: 'invalid_input', detail: 'JSON' });
      }
      // The same envelope Electron's IPC answers (ApiReply); the status repeats the error's kind for
      // logs and tools that read only the status.
      prepared = null;
      const reply = await apiOf().dispatch(method, input);
      return send(res, reply.ok ? 200 : httpStatusFor(reply.error.code), reply);
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, { code: 'invalid_input', detail: req.method ?? '' });
    if (!file) return refuse(res, 404, { code: 'not_found' });
    const headers: http.OutgoingHttpHeaders = {
      'content-type': staticMimeType(file),
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      // Vite names assets by content hash, so they never change under their name: cached for good, the
      // window's next start compiles them from the browser's code cache. The page itself carries the
      // launch's token and is never stored.
      'cache-control': file !== indexFile && url.pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-store',
    };
    if (file === indexFile) {
      headers['set-cookie'] = [`${assetCookieName(port)}=${assetKey}; Path=/; HttpOnly; SameSite=Strict`, `${LEGACY_TOKEN_COOKIE}=; Path=/; Max-Age=0`];
      let html = fs.readFileSync(file, 'utf8').replace('%QIANWAN_TOKEN%', token);
      const ahead = prepared;
      prepared = null;
      const snapshot = req.method !== 'GET' ? null : ((await ahead) ?? (await snapshotJson()));
      // After the page's own elements, so the browser has asked for the scripts before this arrives.
      if (snapshot) html = html.replace('</body>', `<script type="application/json" id="${STARTUP_SNAPSHOT_ID}">${snapshot}</script></body>`);
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : html);
      return;
    }
    res.writeHead(200, headers);
    if (req.method === 'HEAD') return void res.end();
    fs.createReadStream(file).pipe(res);
  }

  return {
    url: `http://127.0.0.1:${port}/?token=${encodeURIComponent(token)}`,
    port,
    token,
    prepareStartupSnapshot: () => {
      prepared = snapshotJson().catch(() => null);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Browsers keep idle keep-alive connections open; without this, close waits for them to time out.
        server.closeAllConnections();
      }),
  };
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Past the limit the rest is drained unread, so the 413 answer still reaches the client.
      if (size > MAX_BODY_BYTES) {
        chunks.length = 0;
        reject(new ApiError('too_large', `${size}`));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendPage(res: http.ServerResponse, status: number, html: string): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'", 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' });
  res.end(html);
}

/** A refusal before (or outside) a method call, in the envelope every API answer uses. */
function refuse(res: http.ServerResponse, status: number, error: ApiErrorPayload): void {
  send(res, status, { ok: false, error });
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return void res.end();
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}
