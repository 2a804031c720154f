import { ApiError } from '../../shared/api/ApiError';
import { cleanNoteText, externalNoteId } from '../../shared/citations/externalNote';
import type { BlockNode, CitationNode, DocNode, InlineNode, ListItemNode, Mark } from '../../shared/doc/docTypes';
import { normalizeBlocks, normalizeInline } from '../../shared/markdown/normalizeDoc';
import { DERIVED_STYLES } from '../export/derivedStyles';
import { checkDocxArchive } from '../formats/docx/checkDocxArchive';
import { loadMammoth } from '../formats/docx/loadMammoth';
import { htmlTree, textOf, type HtmlElement, type HtmlNode } from '../formats/html/htmlTree';
import { convertLegacyWord } from '../formats/office/convertLegacyWord';

/**
 * Word's built-in styles under their English and Chinese names (Word and WPS write either), mapped
 * to what a document holds; the paragraphs an export derives (署名, 成文日期, 参考文献) are skipped.
 */
const STYLE_MAP = [
  "p[style-name='Title'] => p.qw-title:fresh",
  "p[style-name='标题'] => p.qw-title:fresh",
  ...[1, 2, 3, 4].flatMap((n) => [`p[style-name='heading ${n}'] => h${n}:fresh`, `p[style-name='标题 ${n}'] => h${n}:fresh`, `p[style-name='标题${n}'] => h${n}:fresh`]),
  ...['Quote', 'Intense Quote', 'Block Text', '引用', '明显引用', '文本块'].map((name) => `p[style-name='${name}'] => blockquote > p:fresh`),
  ...Object.values(DERIVED_STYLES).map((name) => `p[style-name='${name}'] => !`),
];

/** 一、 and （一） at the start of a short paragraph with no sentence in it: the 公文 heading levels, unstyled. */
const LEVEL1 = /^[一二三四五六七八九十百]{1,3}、/;
const LEVEL2 = /^[（(][一二三四五六七八九十百]{1,3}[）)]/;

/** A .docx draft as a document: headings, quotations, lists, bold/italic/underline, and footnotes/endnotes as external citations. */
export async function docxToDoc(bytes: Uint8Array, fileName: string): Promise<{ title: string | null; doc: DocNode }> {
  let docx: Uint8Array = bytes;
  // An old .doc or .wps (named so, or named .docx): LibreOffice makes a .docx of it first.
  if (/\.(doc|wps)$/i.test(fileName) || checkDocxArchive(bytes, fileName) === 'legacy') {
    docx = await convertLegacyWord(bytes, fileName);
    checkDocxArchive(docx, fileName);
  }
  let html: string;
  try {
    const mammoth = await loadMammoth();
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(docx.buffer, docx.byteOffset, docx.byteLength) },
      // Pictures are left out without being unpacked.
      { styleMap: STYLE_MAP, convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
    );
    html = result.value;
  } catch {
    throw new ApiError('file_damaged', fileName);
  }
  return htmlToDoc(htmlTree(html));
}

const NOTE_ID = /^(?:footnote|endnote)-(.+)$/;
const NOTE_LINK = /^#((?:footnote|endnote)-.+)$/;

/** Mammoth's HTML (or any simple document HTML) as a document: title, headings, quotations, lists, notes. */
export function htmlToDoc(nodes: HtmlNode[]): { title: string | null; doc: DocNode } {
  // mammoth lists the notes at the end, one <li id="footnote-N"> each, after a back-link "↑".
  const notes = new Map<string, string>();
  const body = nodes.filter((node) => {
    if (typeof node === 'string' || node.tag !== 'ol') return true;
    const items = node.children.filter((c): c is HtmlElement => typeof c !== 'string' && c.tag === 'li');
    if (items.length === 0 || !items.every((li) => NOTE_ID.test(li.attrs.id ?? ''))) return true;
    for (const li of items) notes.set(li.attrs.id!, cleanNoteText(textOf(withoutBackLinks(li))));
    return false;
  });
  const reader = new InlineReader(notes);
  let title: string | null = null;
  const blocks: BlockNode[] = [];
  for (const node of body) {
    if (typeof node !== 'string' && node.tag === 'p' && node.attrs.class === 'qw-title') {
      // A title set on two lines (a break where the writer had a space) reads back as one line.
      const text = reader.inline(node.children).map((n) => (n.type === 'text' ? n.text : ' ')).join('').replace(/\s+/gu, ' ').trim();
      if (title === null && text) title = text;
      else if (text) blocks.push({ type: 'paragraph', content: reader.inline(node.children) });
      continue;
    }
    blocks.push(...reader.blocks([node]));
  }
  // As for a .txt draft: a short first paragraph with no sentence in it is the title.
  const first = blocks[0];
  if (title === null && blocks.length > 1 && first?.type === 'paragraph' && first.content?.every((n) => n.type === 'text')) {
    const text = first.content.map((n) => (n as { text: string }).text).join('').trim();
    if (text && Array.from(text).length <= 40 && !/[。！？；]/.test(text) && !LEVEL1.test(text) && !LEVEL2.test(text)) {
      title = text;
      blocks.shift();
    }
  }
  const content = normalizeBlocks(blocks);
  return { title, doc: { type: 'doc', content: content.length > 0 ? content : [{ type: 'paragraph' }] } };
}

function withoutBackLinks(node: HtmlElement): HtmlElement {
  return {
    ...node,
    children: node.children
      .filter((c) => typeof c === 'string' || !(c.tag === 'a' && /^#(?:footnote|endnote)-ref-/.test(c.attrs.href ?? '')))
      .map((c) => (typeof c === 'string' ? c : withoutBackLinks(c))),
  };
}

class InlineReader {
  /** Note ids in the order they are first cited: a raised number N cites the Nth (an export's repeated citation). */
  private readonly order: string[] = [];

  constructor(private readonly notes: Map<string, string>) {}

  blocks(nodes: HtmlNode[]): BlockNode[] {
    const out: BlockNode[] = [];
    let loose: HtmlNode[] = [];
    const flushLoose = () => {
      const content = this.inline(loose);
      if (content.length > 0) out.push({ type: 'paragraph', content });
      loose = [];
    };
    for (const node of nodes) {
      if (typeof node === 'string' || !BLOCK_TAGS.has(node.tag)) {
        loose.push(node);
        continue;
      }
      flushLoose();
      out.push(...this.block(node));
    }
    flushLoose();
    return out;
  }

  private block(el: HtmlElement): BlockNode[] {
    switch (el.tag) {
      case 'h1':
        return [{ type: 'heading', attrs: { level: 1 }, content: this.inline(el.children) }];
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6':
        return [{ type: 'heading', attrs: { level: 2 }, content: this.inline(el.children) }];
      case 'p': {
        const content = this.inline(el.children);
        const text = content.map((n) => (n.type === 'text' ? n.text : '')).join('').trim();
        const heading = Array.from(text).length <= 30 && !/[。！？；]/.test(text) ? (LEVEL1.test(text) ? 1 : LEVEL2.test(text) ? 2 : null) : null;
        return [heading ? { type: 'heading', attrs: { level: heading }, content } : { type: 'paragraph', content }];
      }
      case 'blockquote':
        return [{ type: 'blockquote', content: this.blocks(el.children) }];
      case 'ul':
      case 'ol': {
        const items: ListItemNode[] = el.children
          .filter((c): c is HtmlElement => typeof c !== 'string' && c.tag === 'li')
          .map((li) => ({ type: 'listItem', content: this.blocks(li.children) }));
        return [el.tag === 'ul' ? { type: 'bulletList', content: items } : { type: 'orderedList', content: items }];
      }
      default:
        // Tables and other containers: their paragraphs, in reading order.
        return this.blocks(el.children);
    }
  }

  inline(nodes: HtmlNode[], marks: Mark[] = []): InlineNode[] {
    const out: InlineNode[] = [];
    for (const [i, node] of nodes.entries()) {
      if (typeof node === 'string') {
        if (node) out.push(marks.length ? { type: 'text', text: node, marks } : { type: 'text', text: node });
        continue;
      }
      switch (node.tag) {
        case 'br':
          out.push({ type: 'hardBreak' });
          break;
        case 'img':
          break;
        case 'strong':
        case 'b':
          out.push(...this.inline(node.children, [...marks, { type: 'bold' }]));
          break;
        case 'em':
        case 'i':
          out.push(...this.inline(node.children, [...marks, { type: 'italic' }]));
          break;
        case 'u':
          out.push(...this.inline(node.children, [...marks, { type: 'underline' }]));
          break;
        case 'sup':
          // The raised "[" of a [1] mark stands in a <sup> of its own before the one with Word's note number.
          if (textOf(node).trim() === '[' && isNoteMark(nodes[i + 1])) break;
          out.push(...this.superscript(node, marks));
          break;
        case 'a': {
          const cited = this.citation(node.attrs.href ?? '');
          if (cited) out.push(cited);
          else out.push(...this.inline(node.children, marks));
          break;
        }
        default:
          out.push(...this.inline(node.children, marks));
      }
    }
    return normalizeInline(out);
  }

  /** Note marks: links to notes, raised numbers of notes already cited, and the raised commas between them. */
  private superscript(sup: HtmlElement, marks: Mark[]): InlineNode[] {
    const out: InlineNode[] = [];
    let cites = 0;
    for (const child of sup.children) {
      const cited = typeof child !== 'string' && child.tag === 'a' ? this.citation(child.attrs.href ?? '') : null;
      if (cited) {
        out.push(cited);
        cites++;
        continue;
      }
      for (const part of textOf(child).split(/([,，、\s]+)/u)) {
        const n = /^\[?(\d{1,4})\]?$/.exec(part)?.[1];
        const id = n ? this.order[Number(n) - 1] : undefined;
        if (id) {
          out.push(this.noteCitation(id));
          cites++;
        } else if (part) out.push(marks.length ? { type: 'text', text: part, marks } : { type: 'text', text: part });
      }
    }
    // The brackets of [1] are raised text around Word's note number (our export writes them so).
    return cites > 0 ? out.filter((n) => n.type !== 'text' || !/^[[\],，、\s]+$/u.test(n.text)) : out;
  }

  private citation(href: string): CitationNode | null {
    const id = NOTE_LINK.exec(href)?.[1];
    if (!id || !this.notes.get(id)) return null;
    if (!this.order.includes(id)) this.order.push(id);
    return this.noteCitation(id);
  }

  private noteCitation(id: string): CitationNode {
    const note = this.notes.get(id)!;
    return { type: 'citation', attrs: { passageId: externalNoteId(note), kind: 'quote', note } };
  }
}

/** A <sup> holding a link to a note (mammoth's note reference). */
function isNoteMark(node: HtmlNode | undefined): boolean {
  return typeof node !== 'string' && node?.tag === 'sup' && node.children.some((c) => typeof c !== 'string' && c.tag === 'a' && NOTE_LINK.test(c.attrs.href ?? ''));
}

const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'table', 'thead', 'tbody', 'tr', 'td', 'th', 'div', 'li']);
