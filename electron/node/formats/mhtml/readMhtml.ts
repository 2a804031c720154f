import { ApiError } from '../../../shared/api/ApiError';
import { decodeCharset } from '../decodeText';
import { decodeHtmlBytes } from '../html/decodeHtmlBytes';

export interface MhtmlPage {
  /** The page's HTML, decoded: what provenance offsets of an .mhtml source point into. */
  html: string;
  /** The address the page was saved from (Snapshot-Content-Location or the part's Content-Location). */
  url: string | null;
  /** The Subject header: the page's title as the browser saw it. */
  title: string | null;
}

interface Part {
  headers: Map<string, string>;
  body: Buffer;
}

/**
 * A page saved as one file (Chrome/Edge "网页，单个文件" .mhtml, Internet Explorer's .mht): a MIME
 * multipart message whose HTML part is quoted-printable or base64 in any charset. The page's own HTML
 * part is taken (the one at the snapshot's address, else the first HTML part); style sheets, images
 * and frames beside it are not text.
 */
export function readMhtml(bytes: Uint8Array, fileName: string): MhtmlPage {
  const raw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const top = splitHeaders(raw);
  if (!top) throw new ApiError('file_damaged', fileName);
  const type = top.headers.get('content-type') ?? '';
  const boundary = param(type, 'boundary');
  const parts = boundary ? splitParts(top.body, boundary) : [top];
  const snapshot = top.headers.get('snapshot-content-location') ?? null;
  const html =
    parts.find((p) => isHtml(p) && snapshot !== null && p.headers.get('content-location') === snapshot) ?? parts.find(isHtml);
  if (!html) throw new ApiError('file_damaged', fileName);
  const body = transferDecode(html.body, html.headers.get('content-transfer-encoding') ?? '');
  return {
    html: decodeHtmlBytes(body, fileName, param(html.headers.get('content-type') ?? '', 'charset')),
    url: httpUrl(snapshot) ?? httpUrl(html.headers.get('content-location')),
    title: top.headers.has('subject') ? decodeWords(top.headers.get('subject')!) || null : null,
  };
}

function isHtml(part: Part): boolean {
  return /^text\/html\b/i.test(part.headers.get('content-type') ?? 'text/html');
}

function httpUrl(value: string | null | undefined): string | null {
  return value && /^https?:\/\/\S+$/i.test(value.trim()) ? value.trim() : null;
}

/** Headers up to the first blank line (folded lines unfolded), and the bytes after it. */
function splitHeaders(buf: Buffer): Part | null {
  const text = buf.subarray(0, Math.min(buf.length, 64 * 1024)).toString('latin1');
  const end = /\r?\n\r?\n/.exec(text);
  if (!end) return null;
  const headers = new Map<string, string>();
  for (const line of text.slice(0, end.index).replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
  }
  return { headers, body: buf.subarray(end.index + end[0].length) };
}

function splitParts(body: Buffer, boundary: string): Part[] {
  const marker = Buffer.from(`--${boundary}`, 'latin1');
  const parts: Part[] = [];
  let at = body.indexOf(marker);
  while (at >= 0) {
    const start = at + marker.length;
    if (body[start] === 0x2d && body[start + 1] === 0x2d) break; // the closing --boundary--
    const next = body.indexOf(marker, start);
    let chunk = body.subarray(start, next < 0 ? body.length : next);
    chunk = chunk.subarray(chunk[0] === 0x0d ? 2 : chunk[0] === 0x0a ? 1 : 0);
    // The line break before a boundary belongs to the boundary, not to the part.
    const n = chunk.length;
    if (next >= 0) chunk = chunk.subarray(0, chunk[n - 2] === 0x0d && chunk[n - 1] === 0x0a ? n - 2 : chunk[n - 1] === 0x0a ? n - 1 : n);
    const part = splitHeaders(chunk);
    if (part) parts.push(part);
    at = next;
  }
  return parts;
}

function param(header: string, name: string): string | null {
  const found = new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(header);
  return found ? (found[1] ?? found[2] ?? null) : null;
}

function transferDecode(body: Buffer, encoding: string): Buffer {
  const e = encoding.trim().toLowerCase();
  if (e === 'base64') return Buffer.from(body.toString('latin1').replace(/[^A-Za-z0-9+/=]/g, ''), 'base64');
  if (e === 'quoted-printable') return quotedPrintable(body);
  return body;
}

function quotedPrintable(body: Buffer): Buffer {
  const out = Buffer.alloc(body.length);
  let n = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== 0x3d) {
      out[n++] = c;
      continue;
    }
    // "=" at a line end is a soft break; "=XX" a byte.
    if (body[i + 1] === 0x0d && body[i + 2] === 0x0a) i += 2;
    else if (body[i + 1] === 0x0a) i += 1;
    else {
      const hex = body.toString('latin1', i + 1, i + 3);
      if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
        out[n++] = parseInt(hex, 16);
        i += 2;
      } else out[n++] = c;
    }
  }
  return out.subarray(0, n);
}

/** RFC 2047 encoded words ("=?utf-8?Q?=E5=8D=83...?=") in a header, as text. */
function decodeWords(header: string): string {
  return header
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (whole, charset: string, kind: string, data: string) => {
      const bytes = kind.toUpperCase() === 'B' ? Buffer.from(data, 'base64') : quotedPrintable(Buffer.from(data.replace(/_/g, ' '), 'latin1'));
      return decodeCharset(bytes, charset) ?? whole;
    })
    .trim();
}
