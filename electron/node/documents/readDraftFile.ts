import path from 'node:path';
import { ApiError } from '../../shared/api/ApiError';
import { IMPORT_FILE_MAX, TITLE_MAX } from '../../shared/api/apiLimits';
import { fileTooLarge } from '../../shared/api/fileTooLarge';
import { documentSizeProblem } from '../../shared/doc/documentSizeProblem';
import { DRAFT_EXTENSIONS } from '../../shared/export/exportFormats';
import type { BlockNode, DocNode, InlineNode } from '../../shared/doc/docTypes';
import { citationToMarkdown } from '../../shared/markdown/citationSyntax';
import { markdownToDoc } from '../../shared/markdown/markdownToDoc';
import { normalizeDoc } from '../../shared/markdown/normalizeDoc';
import { decodeText } from '../formats/decodeText';
import { decodeHtmlBytes } from '../formats/html/decodeHtmlBytes';
import { bodyNodes, htmlTree } from '../formats/html/htmlTree';
import { sourceFormat } from '../formats/sourceFormat';
import { docxToDoc, htmlToDoc } from './docxToDoc';
import { textToDoc } from './textToDoc';
import type { DraftFile } from './DraftReader';

/**
 * A draft file (its name as the user's system gave it, never a path to open) as a title and a
 * document. Everything is checked and converted before anything is stored, so a refused file leaves
 * the user's data as it was.
 */
export async function readDraftFile(fileName: string, bytes: Uint8Array): Promise<DraftFile> {
  checkDraftFile(fileName, bytes.length);
  let read: { title: string | null; doc: DocNode };
  switch (sourceFormat(fileName, bytes)) {
    case 'docx':
    case 'doc':
      read = await docxToDoc(bytes, fileName);
      break;
    case 'html':
      // Word's "save as web page" named .doc, as 范文 sites hand them out.
      read = htmlToDoc(bodyNodes(htmlTree(decodeHtmlBytes(bytes, fileName))));
      break;
    case 'text':
      read = textToDoc(decodeText(bytes, fileName));
      break;
    case 'markdown': {
      const md = markdownToDoc(decodeText(bytes, fileName));
      read = md;
      break;
    }
    default:
      throw new ApiError('unsupported_draft', fileName);
  }
  const fallback = path.basename(fileName, path.extname(fileName));
  let title = (read.title ?? '').trim() || fallback;
  let doc = read.doc;
  if (!hasText(doc) && !read.title) throw new ApiError('file_empty', fileName);
  if (title.length > TITLE_MAX) {
    // A title longer than a title may be: its full text stays, as the first paragraph.
    if (read.title) doc = { ...doc, content: [{ type: 'paragraph', content: [{ type: 'text', text: title }] }, ...doc.content] };
    title = `${title.slice(0, TITLE_MAX - 1).replace(/[\ud800-\udbff]$/, '')}…`;
  }
  // The limits saving enforces: a draft that could never be saved is not opened at all.
  if (documentSizeProblem(doc)) throw new ApiError('document_too_large', fileName);
  // The title is text of the file (not its name, nor moved into the text as too long): Word counts it.
  return { title, doc, titleInText: Boolean(read.title?.trim()) && title === read.title!.trim() };
}

/** The checks that need only the name and the size: a wrong extension, an empty file, one over 20 MB. */
export function checkDraftFile(fileName: string, size: number): void {
  if (!(DRAFT_EXTENSIONS as readonly string[]).includes(path.extname(fileName).toLowerCase())) throw new ApiError('unsupported_draft', fileName);
  if (size > IMPORT_FILE_MAX) throw fileTooLarge(fileName, size);
  if (size === 0) throw new ApiError('file_empty', fileName);
}

/** A Pandoc citation whose id is not in the library stays as the text it was written as (applied by the caller, which has the library). */
export function keepKnownCitations(doc: DocNode, isKnownPassage: (id: string) => boolean): DocNode {
  const inline = (nodes: InlineNode[] | undefined): InlineNode[] | undefined =>
    nodes?.map((n) => (n.type === 'citation' && !n.attrs.note && !isKnownPassage(n.attrs.passageId) ? { type: 'text', text: citationToMarkdown(n.attrs.passageId, n.attrs.kind, n.attrs.citedOn) } : n));
  const block = (b: BlockNode): BlockNode => {
    switch (b.type) {
      case 'paragraph':
      case 'heading':
        return { ...b, content: inline(b.content) };
      case 'blockquote':
        return { ...b, content: b.content.map(block) };
      case 'bulletList':
      case 'orderedList':
        return { ...b, content: b.content.map((item) => ({ ...item, content: item.content.map(block) })) } as BlockNode;
    }
  };
  return normalizeDoc({ type: 'doc', content: doc.content.map(block) });
}

function hasText(doc: DocNode): boolean {
  const visit = (nodes: unknown[] | undefined): boolean =>
    (nodes ?? []).some((n) => {
      const node = n as { type: string; text?: string; content?: unknown[] };
      return (node.type === 'text' && (node.text ?? '').trim() !== '') || node.type === 'citation' || visit(node.content);
    });
  return visit(doc.content);
}
