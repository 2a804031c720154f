import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_HEADER = 'x-qianwan-token';
/**
 * The cookie earlier versions set: it held the API token itself, and a cookie for 127.0.0.1 goes to
 * every port of it, so another local web service the browser visited received the token, and a
 * second host overwrote the first one's. It is expired whenever the page is served.
 */
export const LEGACY_TOKEN_COOKIE = 'qianwan_token';

/**
 * The cookie that lets the page load its scripts and styles (a browser cannot put a header on those
 * requests). Named after the port, so two hosts in one browser keep one each; it holds a key of its
 * own that opens the built renderer files only, never the API, so the token does not travel with it.
 */
export function assetCookieName(port: number): string {
  return `qianwan_assets_${port}`;
}

/** Constant-time comparison, so the token cannot be guessed byte by byte from response timing. */
export function tokensEqual(given: string | undefined | null, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The API token as the page sends it: in a header, which only our own script can set. */
export function headerToken(req: IncomingMessage): string | null {
  const header = req.headers[TOKEN_HEADER];
  return typeof header === 'string' && header ? header : null;
}

export function cookieValue(req: IncomingMessage, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key !== name) continue;
    try {
      return decodeURIComponent(rest.join('='));
    } catch {
      return null;
    }
  }
  return null;
}

/**
 * Host must name this loopback server, otherwise a DNS-rebinding page (evil.example resolving to
 * 127.0.0.1) could reach it. Origin, when the browser sends one, must be this server too.
 */
export function hostAllowed(req: IncomingMessage, port: number): boolean {
  const host = req.headers.host;
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

export function originAllowed(req: IncomingMessage, port: number): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}
