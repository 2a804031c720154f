// Characters that change how a name is shown or read without being seen: C0 and C1 controls, the
// soft hyphen, the Arabic letter mark, zero-width characters, bidi marks, embeddings, overrides and
// isolates (a right-to-left override makes 心得\u202Excod.exe read as 心得exe.docx), line and
// paragraph separators, invisible operators, the BOM and interlinear annotation marks.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g;
/** Half an emoji: a high surrogate without its low half, or a low one without its high half. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** Not allowed in a file name on Windows (and `/` nowhere). */
const RESERVED = /[\\/:*?"<>|]/g;
/** Windows devices: CON, CON.md, con .txt all open the console rather than a file. */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)\s*(\.|$)/i;

/** Default room for a name in bytes: with an extension and a " (12)" to keep names unique, under the 255-byte limit of file systems. */
export const SAFE_NAME_BYTES = 200;

/**
 * A user's title as a file name, the one sanitiser for every name the app makes (a single export's
 * download, the entries of the export-everything zip): invisible and bidi characters and half
 * surrogate pairs removed; path separators and Windows-reserved characters as `_`; no leading or
 * trailing dots or spaces; Windows device names (CON, CON.md, LPT1) prefixed with `_`; at most
 * `maxBytes` UTF-8 bytes, cut between characters, never inside one. The title itself is stored
 * unchanged elsewhere; `fallback` (itself safe) stands in when nothing is left.
 */
export function safeFileName(title: string, fallback: string, maxBytes = SAFE_NAME_BYTES): string {
  let name = title.replace(LONE_SURROGATE, '').normalize('NFC').replace(INVISIBLE, '').replace(RESERVED, '_');
  name = trimEnds(cutToBytes(trimEnds(name), maxBytes));
  if (WINDOWS_DEVICE.test(name)) name = `_${name}`;
  return name || fallback;
}

function trimEnds(name: string): string {
  return name.replace(/^[\s.]+|[\s.]+$/gu, '');
}

/** The longest prefix of whole code points that fits in `maxBytes` of UTF-8. */
function cutToBytes(name: string, maxBytes: number): string {
  let bytes = 0;
  let end = 0;
  for (const ch of name) {
    const size = ch.codePointAt(0)! < 0x80 ? 1 : ch.codePointAt(0)! < 0x800 ? 2 : ch.codePointAt(0)! < 0x10000 ? 3 : 4;
    if (bytes + size > maxBytes) break;
    bytes += size;
    end += ch.length;
  }
  return name.slice(0, end);
}
