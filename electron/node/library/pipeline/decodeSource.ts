import type * as Iconv from 'iconv-lite';
import { checkDocxArchive } from '../../documents/checkDocxArchive';
import type { RawSourceFile } from './corpusTypes';
import { loadMammoth } from '../../documents/loadMammoth';
import { lazyRequire } from '../../lazyRequire';

const iconv = lazyRequire<typeof Iconv>('iconv-lite');

export type SourceFormat = 'text' | 'markdown' | 'html' | 'docx';

export interface DecodedSource {
  rawText: string;
  format: SourceFormat;
}

// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

const REFUSED = '无法识别文件编码：不是 UTF-8、UTF-16 或 GB18030/GBK 文本，可能是二进制文件或已损坏。';

export function formatOf(fileName: string): SourceFormat {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.docx')) return 'docx';
  if (lower.endsWith('.html') || lower.endsWith('.htm')) return 'html';
  if (lower.endsWith('.md') || lower.endsWith('.markdown')) return 'markdown';
  return 'text';
}

/**
 * Text from Chinese Windows machines is often GB18030/GBK, from elsewhere UTF-8 or UTF-16, and files
 * rarely say which. A BOM decides outright; otherwise every candidate decoding is scored by how much of
 * it is plausible Chinese/Latin text, because GB18030 accepts almost any byte string and UTF-8 accepts
 * the NUL-laden bytes of UTF-16 ASCII.
 */
export function decodeBytes(bytes: Uint8Array): string {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length === 0) return '';
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return checked(strictUtf8(buf.subarray(3)));
  if (buf[0] === 0xff && buf[1] === 0xfe) return checked(iconv().decode(buf.subarray(2), 'utf-16le'));
  if (buf[0] === 0xfe && buf[1] === 0xff) return checked(iconv().decode(buf.subarray(2), 'utf-16be'));

  const candidates: string[] = [];
  const utf8 = strictUtf8(buf);
  if (utf8 !== null) {
    if (plausibility(utf8) >= 0.97) return utf8;
    // Text with stray NUL or control characters (pasted from terminals, damaged exports) is still
    // text; the characters go. Half the characters NUL is UTF-16, which the candidates below read.
    const cleaned = utf8.replace(CONTROLS, '');
    if (utf8.length - cleaned.length < utf8.length * 0.2 && plausibility(cleaned) >= 0.97) return cleaned;
    candidates.push(utf8);
  } else {
    // UTF-8 with a few broken bytes (a truncated copy, a bad sector) keeps its text; the broken
    // bytes go. Real GBK read as UTF-8 breaks at nearly every character and never gets here.
    const lenient = new TextDecoder('utf-8').decode(buf);
    const broken = lenient.split('\uFFFD').length - 1;
    const cleaned = lenient.replace(/\uFFFD/g, '').replace(CONTROLS, '');
    if (broken <= Math.max(3, lenient.length / 1000) && plausibility(cleaned) >= 0.97) return cleaned;
  }
  if (buf.length % 2 === 0) {
    candidates.push(iconv().decode(buf, 'utf-16le'), iconv().decode(buf, 'utf-16be'));
  }
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
  if (best === null || bestScore < 0.9) throw new Error(REFUSED);
  return best;
}

function strictUtf8(buf: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return null;
  }
}

function checked(text: string | null): string {
  if (text === null || plausibility(text) < 0.9) throw new Error(REFUSED);
  return text;
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
      (c >= 0x3400 && c <= 0x4dbf) || c === 0xfeff
    ) good++;
  }
  return good / n;
}

/** Synchronous decoding for the text formats; DOCX needs `decodeSource`. */
export function decodeSourceSync(file: RawSourceFile): DecodedSource {
  const format = formatOf(file.fileName);
  if (format === 'docx') throw new Error(`DOCX 文件需要异步解码：${file.fileName}`);
  return { rawText: decodeBytes(file.bytes), format };
}

/** Any supported format; for DOCX the raw text is mammoth's plain-text extraction of the document. */
export async function decodeSource(file: RawSourceFile): Promise<DecodedSource> {
  if (formatOf(file.fileName) !== 'docx') return decodeSourceSync(file);
  // Empty, encrypted, old binary .doc, damaged or a zip bomb: refused before mammoth sees a byte.
  checkDocxArchive(file.bytes, file.fileName);
  try {
    const result = await (await loadMammoth()).extractRawText({ buffer: Buffer.from(file.bytes) });
    return { rawText: result.value, format: 'docx' };
  } catch {
    throw new Error(`无法读取 DOCX 文件：${file.fileName} 不是有效的 Word 文档。`);
  }
}
