import { ApiError } from '../../shared/api/ApiError';
import { checkDocxArchive } from './docx/checkDocxArchive';
import { readDocxText } from './docx/readDocxText';
import { decodeText } from './decodeText';
import { decodeHtmlBytes } from './html/decodeHtmlBytes';
import { readHtmlPage } from './html/readHtmlPage';
import { MappedText } from './MappedText';
import { readMhtml } from './mhtml/readMhtml';
import { convertLegacyWord } from './office/convertLegacyWord';
import { readPdf } from './pdf/readPdf';
import type { SourceMeta } from './SourceMeta';
import { sourceFormat, type SourceFormat } from './sourceFormat';
import { markupResidue } from './text/markupResidue';
import { stripMarkdown } from './text/stripMarkdown';

export interface SourceRead {
  format: SourceFormat;
  /** What provenance offsets point into and the source viewer shows: the decoded file, a page's HTML, a PDF's text layer. */
  rawText: string;
  /** The text to clean, one line per block, every unit mapped into rawText. */
  body: MappedText;
  /** Text where the facts a source states about itself are read (a page's whole visible text). */
  statedText: string;
  /** Facts the format states (meta tags, WeChat fields, PDF document info). */
  meta: Partial<SourceMeta>;
  /** How a web page's text was found (for the import preview). */
  extraction?: 'wechat' | 'article' | 'page';
  /** Markup pieces (tags, entities) removed from a text file. */
  markupRemoved: number;
}

/**
 * Any file the library imports, as text with offsets into what the viewer shows. The text formats
 * (plain text, Markdown, HTML, MHTML) are read synchronously — the shipped library's build needs no
 * more; `readSourceFile` reads every format.
 */
export function readSourceFileSync(fileName: string, bytes: Uint8Array): SourceRead {
  const format = sourceFormat(fileName, bytes);
  if (format === null) throw new ApiError('unsupported_file', fileName);
  if (bytes.length === 0) throw new ApiError('file_empty', fileName);
  switch (format) {
    case 'text': {
      const rawText = decodeText(bytes, fileName);
      const residue = markupResidue(MappedText.identity(rawText));
      return { format, rawText, body: residue.text, statedText: rawText, meta: {}, markupRemoved: residue.pieces };
    }
    case 'markdown': {
      const rawText = decodeText(bytes, fileName);
      return { format, rawText, body: stripMarkdown(MappedText.identity(rawText)), statedText: rawText, meta: {}, markupRemoved: 0 };
    }
    case 'html':
      return fromHtml(format, decodeHtmlBytes(bytes, fileName), {});
    case 'mhtml': {
      const page = readMhtml(bytes, fileName);
      return fromHtml(format, page.html, { url: page.url, title: page.title });
    }
    default:
      throw new ApiError('unsupported_file', fileName);
  }
}

export async function readSourceFile(fileName: string, bytes: Uint8Array): Promise<SourceRead> {
  const format = sourceFormat(fileName, bytes);
  if (bytes.length === 0) throw new ApiError('file_empty', fileName);
  if (format === 'pdf') {
    const pdf = await readPdf(bytes, fileName);
    return { format, rawText: pdf.rawText, body: pdf.body, statedText: pdf.body.text, meta: pdf.meta, markupRemoved: 0 };
  }
  if (format === 'docx' || format === 'doc') {
    let docx: Uint8Array = bytes;
    // An old .doc or .wps, or one of them named .docx: LibreOffice makes a .docx of it first.
    if (format === 'doc' || checkDocxArchive(bytes, fileName) === 'legacy') {
      docx = await convertLegacyWord(bytes, fileName);
      checkDocxArchive(docx, fileName);
    }
    const rawText = await readDocxText(docx, fileName);
    return { format, rawText, body: MappedText.identity(rawText), statedText: rawText, meta: {}, markupRemoved: 0 };
  }
  return readSourceFileSync(fileName, bytes);
}

function fromHtml(format: SourceFormat, html: string, stated: Partial<SourceMeta>): SourceRead {
  const page = readHtmlPage(html);
  // A CMS that escaped its markup twice shows "<br>" and "&nbsp;" as text: read those as markup too.
  const residue = markupResidue(page.body);
  const meta: Partial<SourceMeta> = { ...page.meta };
  // What the browser noted when it saved the file wins over what the page says of itself.
  if (stated.url) meta.url = stated.url;
  meta.title ??= stated.title ?? null;
  return { format, rawText: html, body: residue.text, statedText: page.pageText, meta, extraction: page.extraction, markupRemoved: residue.pieces };
}
