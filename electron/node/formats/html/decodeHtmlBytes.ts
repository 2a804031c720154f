import { decodeCharset, decodeText } from '../decodeText';

/**
 * A saved page's bytes as text: a byte-order mark, else the charset the page declares in its first
 * kilobytes (`<meta charset>` or the http-equiv Content-Type — the HTML standard's prescan, which reads
 * bytes before there is any text to parse), else the detection every text file gets. Chinese news and
 * government sites still serve GBK pages.
 */
export function decodeHtmlBytes(bytes: Uint8Array, fileName: string, declared?: string | null): string {
  if ((bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return decodeText(bytes, fileName);
  }
  const charset = declared ?? sniffHtmlCharset(bytes);
  // A page that says UTF-8 is read by the detector, which tolerates a few broken bytes.
  if (charset && !/^utf-?8$/i.test(charset)) {
    const text = decodeCharset(bytes, charset);
    if (text !== null) return text;
  }
  return decodeText(bytes, fileName);
}

/** The charset a page declares in its first 4 KiB, read as bytes. */
export function sniffHtmlCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
  const found = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([-\w.:]+)/i.exec(head);
  return found ? found[1]! : null;
}
