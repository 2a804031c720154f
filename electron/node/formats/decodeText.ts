import type * as Iconv from 'iconv-lite';
import { ApiError } from '../../shared/api/ApiError';
import { lazyRequire } from '../lazyRequire';

const iconv = lazyRequire<typeof Iconv>('iconv-lite');

// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/**
 * The one text decoder, for drafts and library sources alike. Text from Chinese Windows machines is
 * often GB18030/GBK, from elsewhere UTF-8 or UTF-16, and files rarely say which. A BOM decides
 * outright; otherwise every candidate decoding is scored by how much of it is plausible Chinese or
 * Latin text, because GB18030 accepts almost any byte string and UTF-8 accepts the NUL-laden bytes of
 * UTF-16. Bytes that are text in none of them are refused (`file_encoding`, the file's name as detail).
 */
export function decodeText(bytes: Uint8Array, fileName: string): string {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const refused = () => new ApiError('file_encoding', fileName);
  if (buf.length === 0) return '';
  const checked = (text: string | null): string => {
    if (text === null || plausibility(text) < 0.9) throw refused();
    return text.replace(CONTROLS, '');
  };
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return checked(lenientUtf8(buf.subarray(3)));
  if (buf[0] === 0xff && buf[1] === 0xfe) return checked(iconv().decode(buf.subarray(2), 'utf-16le'));
  if (buf[0] === 0xfe && buf[1] === 0xff) return checked(iconv().decode(buf.subarray(2), 'utf-16be'));

  const candidates: string[] = [];
  const utf8 = strictUtf8(buf);
  if (utf8 !== null) {
    if (plausibility(utf8) >= 0.97) return utf8.replace(CONTROLS, '');
    // Text with stray NUL or control characters (pasted from terminals, damaged exports) is still
    // text; the characters go. Half the characters NUL is UTF-16, which the candidates below read.
    const cleaned = utf8.replace(CONTROLS, '');
    if (utf8.length - cleaned.length < utf8.length * 0.2 && plausibility(cleaned) >= 0.97) return cleaned;
    candidates.push(utf8);
  } else {
    // UTF-8 with a few broken bytes (a truncated copy, a bad sector) keeps its text; the broken
    // bytes go. Real GBK read as UTF-8 breaks at nearly every character and never gets here.
    const cleaned = lenientUtf8(buf);
    if (cleaned !== null && plausibility(cleaned) >= 0.97) return cleaned.replace(CONTROLS, '');
  }
  if (buf.length % 2 === 0) candidates.push(iconv().decode(buf, 'utf-16le'), iconv().decode(buf, 'utf-16be'));
  candidates.push(iconv().decode(buf, 'gb18030'));
  let best: string | null = null;
  let bestScore = 0;
  for (const c of candidates) {
    const score = plausibility(c);
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  if (best === null || bestScore < 0.9) throw refused();
  return best.replace(CONTROLS, '');
}

/** The bytes in a named charset (a web page's or a mail part's), or null when the name is unknown. */
export function decodeCharset(bytes: Uint8Array, charset: string): string | null {
  const name = charset.trim().toLowerCase().replace(/^x-/, '');
  // Pages that say gb2312 or gbk are, in practice, written by encoders of their superset.
  const effective = /^(gb2312|gbk|gb_2312-80|cp936|ms936|euc-cn|chinese)$/.test(name) ? 'gb18030' : name;
  if (!iconv().encodingExists(effective)) return null;
  return iconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), effective).replace(/^\ufeff/, '');
}

function strictUtf8(buf: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return null;
  }
}

/** UTF-8 with at most a few broken bytes (dropped); null when they are more than a damaged copy has. */
function lenientUtf8(buf: Buffer): string | null {
  const text = new TextDecoder('utf-8').decode(buf);
  const broken = text.split('\uFFFD').length - 1;
  if (broken > Math.max(3, text.length / 1000)) return null;
  return text.replace(/\uFFFD/g, '');
}

/** Share of characters that ordinary Chinese or Latin prose is made of (sampled for speed). */
function plausibility(text: string): number {
  const n = Math.min(text.length, 20000);
  if (n === 0) return 1;
  let good = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (
      (c >= 0x20 && c <= 0x7e) || c === 0x09 || c === 0x0a || c === 0x0d ||
      (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) ||
      (c >= 0x2000 && c <= 0x206f) || (c >= 0x00a0 && c <= 0x024f) || (c >= 0x2460 && c <= 0x25ff) ||
      (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0x0300 && c <= 0x036f) || (c >= 0xd800 && c <= 0xdfff) || c === 0xfeff
    ) good++;
  }
  return good / n;
}
