/** The kinds of file the library and the documents can read. */
export type SourceFormat = 'text' | 'markdown' | 'html' | 'mhtml' | 'docx' | 'doc' | 'pdf';

const BY_EXTENSION: Record<string, SourceFormat> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  shtml: 'html',
  mhtml: 'mhtml',
  mht: 'mhtml',
  docx: 'docx',
  doc: 'doc',
  wps: 'doc',
  pdf: 'pdf',
};


/**
 * What a file is, by its extension, corrected by its first bytes where they say otherwise — 范文 sites
 * hand out web pages named .doc and .docx files named .doc, and a saved page may be MHTML whatever its
 * name. Null for an extension the app does not read.
 */
export function sourceFormat(fileName: string, bytes: Uint8Array): SourceFormat | null {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const named = BY_EXTENSION[ext];
  if (!named) return null;
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString('latin1');
  if (head.startsWith('%PDF-')) return 'pdf';
  if (named === 'doc' || named === 'docx') {
    if (head.startsWith('PK\u0003\u0004')) return 'docx';
    if (/^\s*(?:<!doctype html|<html|<\?xml[^>]*>\s*<html)/i.test(head.replace(/^\ufeff|^ï»¿/, ''))) return 'html';
    if (/^MIME-Version:/im.test(head) && /multipart\/related/i.test(head)) return 'mhtml';
    // Word's own binary (an OLE compound file) or RTF goes to LibreOffice; anything else named .doc is
    // text at best, and the text decoder judges that.
    if (head.startsWith('\xd0\xcf\x11\xe0') || head.startsWith('{\\rtf')) return named === 'docx' ? 'docx' : 'doc';
    return named === 'docx' ? 'docx' : 'text';
  }
  if (named === 'html' && /^MIME-Version:/im.test(head) && /multipart\/related/i.test(head)) return 'mhtml';
  // Text saved with an .html name (no tag anywhere near its start) is read as the text it is.
  if (named === 'html' && !/<[a-zA-Z!?/]/.test(Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 65536)).toString('latin1'))) return 'text';
  return named;
}
