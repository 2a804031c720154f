import { ApiError } from '../../../shared/api/ApiError';
import type { MappedText } from '../MappedText';
import { MappedTextBuilder } from '../MappedTextBuilder';
import type { SourceMeta } from '../SourceMeta';
import { loadPdfjs } from './loadPdfjs';

/** More pages than a handout or a report has; past it the rest is not read. */
const PAGES_MAX = 2000;

interface Line {
  page: number;
  text: string;
  /** Offset of the line in the raw text. */
  at: number;
  x0: number;
  x1: number;
  y: number;
  size: number;
  pageHeight: number;
}

export interface PdfText {
  /** The text layer line by line, pages apart by a blank line: what provenance offsets point into. */
  rawText: string;
  /** The running text: lines wrapped inside a sentence joined, running heads and page numbers left out. */
  body: MappedText;
  meta: Partial<SourceMeta>;
  pages: number;
}

const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;
const SENTENCE_END = /[。！？；：…”’」』）)】.!?:;]$/;
/** Headings and list items start a paragraph of their own. */
const STARTS_BLOCK = /^(?:第[一二三四五六七八九十百零〇\d]+[章节条部分编篇]|[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十百]+[）)]|\d{1,2}[.、．](?!\d)|[（(]\d{1,2}[）)]|[①-⑳]|[一二三四五六七八九十]是)/;
const PAGE_NUMBER = /^(?:[-—–－~\s]*\d{1,4}[-—–－~\s]*|第\s*\d{1,4}\s*页(?:\s*[/／,，]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*[/／]\s*\d{1,4}|page\s*\d+(?:\s*of\s*\d+)?)$/i;

/**
 * A PDF with a text layer (a handout, a report, a document printed to PDF) as text: pdf.js reads the
 * text items, which are grouped into lines by their baseline; running headers and footers (the same
 * line, digits aside, at the top or bottom of most pages) and page numbers are left out; lines wrapped
 * inside a sentence are joined (no space between Chinese characters), while headings, list items and
 * indented or short lines keep their own paragraph. A scan with no text layer is refused: no OCR.
 */
export async function readPdf(bytes: Uint8Array, fileName: string): Promise<PdfText> {
  const pdfjs = await loadPdfjs();
  let doc;
  try {
    // pdf.js takes the buffer over (it is detached afterwards), so it gets a copy.
    doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0, stopAtErrors: false }).promise;
  } catch (err) {
    const name = (err as { name?: string } | null)?.name ?? '';
    if (name === 'PasswordException') throw new ApiError('file_encrypted', fileName);
    throw new ApiError('file_damaged', fileName);
  }
  try {
    const lines: Line[] = [];
    const raw: string[] = [];
    let at = 0;
    const pages = Math.min(doc.numPages, PAGES_MAX);
    for (let p = 1; p <= pages; p++) {
      const page = await doc.getPage(p);
      const [, , , top] = page.view as [number, number, number, number];
      const content = await page.getTextContent();
      const items = content.items.flatMap((it) => ('str' in it && it.str.trim() ? [{ str: it.str, x: it.transform[4] as number, y: it.transform[5] as number, w: it.width, size: Math.hypot(it.transform[2] as number, it.transform[3] as number) || it.height || 10 }] : []));
      for (const line of groupLines(items)) {
        lines.push({ ...line, page: p, at, pageHeight: top });
        raw.push(line.text);
        at += line.text.length + 1;
      }
      raw.push('');
      at += 1;
      page.cleanup();
    }
    const rawText = raw.join('\n');
    const visible = lines.reduce((n, l) => n + l.text.replace(/[\s\d\p{P}]/gu, '').length, 0);
    if (visible < Math.max(30, pages * 10)) throw new ApiError('pdf_no_text', fileName);
    const info = ((await doc.getMetadata().catch(() => null))?.info ?? {}) as Record<string, unknown>;
    const kept = withoutRunningLines(lines);
    return { rawText, body: joinLines(kept, rawText.length), meta: { title: documentTitle(info, kept) }, pages: doc.numPages };
  } catch (err) {
    // A page whose streams are damaged (pdf.js throws while reading it) makes the file damaged, not the app.
    if (err instanceof ApiError) throw err;
    throw new ApiError('file_damaged', fileName);
  } finally {
    await doc.destroy();
  }
}

interface Item {
  str: string;
  x: number;
  y: number;
  w: number;
  size: number;
}

/** Items on one baseline, left to right, as one line; lines top to bottom. */
function groupLines(items: Item[]): Omit<Line, 'page' | 'at' | 'pageHeight'>[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Item[][] = [];
  for (const item of sorted) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row[0]!.y - item.y) <= Math.max(2, row[0]!.size * 0.35)) row.push(item);
    else rows.push([item]);
  }
  return rows.map((row) => {
    row.sort((a, b) => a.x - b.x);
    let text = '';
    let end = -Infinity;
    for (const item of row) {
      const gap = item.x - end;
      const last = text[text.length - 1] ?? '';
      const first = item.str[0] ?? '';
      // A space where the page shows one: between Latin words, or a wide gap anywhere.
      if (text && gap > item.size * 0.25 && !/\s/.test(last) && (!(CJK.test(last) || CJK.test(first)) || gap > item.size * 1.5)) text += ' ';
      text += item.str;
      end = item.x + item.w;
    }
    const size = row.reduce((m, i) => Math.max(m, i.size), 0);
    return { text: text.trim(), x0: row[0]!.x, x1: end, y: row[0]!.y, size };
  });
}

/** Page numbers, and lines repeated at the same edge of most pages with only their digits changing. */
function withoutRunningLines(lines: Line[]): Line[] {
  const pages = new Set(lines.map((l) => l.page)).size;
  const edge = (l: Line) => l.y > l.pageHeight * 0.9 || l.y < l.pageHeight * 0.1;
  const shape = (l: Line) => `${l.y > l.pageHeight / 2 ? 'top' : 'bottom'}:${l.text.replace(/\d+/g, '#').replace(/\s+/g, '')}`;
  const count = new Map<string, number>();
  for (const l of lines) if (edge(l)) count.set(shape(l), (count.get(shape(l)) ?? 0) + 1);
  return lines.filter((l) => {
    if (!edge(l)) return true;
    if (PAGE_NUMBER.test(l.text.trim())) return false;
    return !(pages >= 3 && (count.get(shape(l)) ?? 0) >= Math.max(2, pages * 0.5));
  });
}

/**
 * Lines into paragraphs. A line continues the previous one unless something on the page says it does
 * not: it starts a heading or list item, it is indented, the previous one stopped short of the right
 * margin, the type size changes, or there is a wider gap than the line spacing.
 */
function joinLines(lines: Line[], originLength: number): MappedText {
  const out = new MappedTextBuilder(originLength);
  const left = mode(lines.map((l) => Math.round(l.x0)));
  const right = percentile(lines.map((l) => l.x1), 0.9);
  let prev: Line | null = null;
  for (const line of lines) {
    if (prev) {
      const size = Math.max(prev.size, line.size);
      const samePage = prev.page === line.page;
      const gap = samePage ? prev.y - line.y : size * 1.2;
      const breaks =
        STARTS_BLOCK.test(line.text) ||
        line.x0 > left + size * 0.8 ||
        prev.x1 < right - size * 1.5 ||
        Math.abs(prev.size - line.size) > size * 0.15 ||
        gap > size * 2.2;
      if (breaks) out.add('\n', line.at, line.at);
      else {
        const a = prev.text[prev.text.length - 1] ?? '';
        const b = line.text[0] ?? '';
        if (!(CJK.test(a) || CJK.test(b)) && !SENTENCE_END.test(a) && a !== '-' && /\w/.test(a) && /\w/.test(b)) out.add(' ', line.at, line.at);
        else if (/[.!?;:]/.test(a) && /\w/.test(b)) out.add(' ', line.at, line.at);
      }
    }
    out.add(line.text, line.at, line.at + line.text.length);
    prev = line;
  }
  return out.build();
}

function mode(values: number[]): number {
  const count = new Map<number, number>();
  let best = values[0] ?? 0;
  for (const v of values) {
    const n = (count.get(v) ?? 0) + 1;
    count.set(v, n);
    if (n > (count.get(best) ?? 0)) best = v;
  }
  return best;
}

function percentile(values: number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

/**
 * The title a PDF states: its document info when that is a real title (not "Microsoft Word - 文档1.docx"
 * or a file name), else the line in the largest type near the top of the first page.
 */
function documentTitle(info: Record<string, unknown>, lines: Line[]): string | null {
  const stated = typeof info.Title === 'string' ? info.Title.replace(/^Microsoft (?:Word|PowerPoint) - /i, '').replace(/\.(docx?|wps|pptx?|pdf)$/i, '').trim() : '';
  if (stated && /[\u4e00-\u9fff]/.test(stated) && !/^(文档|新建|untitled)/i.test(stated)) return stated.slice(0, 200);
  const first = lines.filter((l) => l.page === lines[0]?.page && l.y > l.pageHeight * 0.5);
  if (first.length === 0) return null;
  const largest = Math.max(...first.map((l) => l.size));
  const body = mode(lines.map((l) => Math.round(l.size)));
  if (largest < body * 1.2) return null;
  const title = first.filter((l) => l.size >= largest * 0.95).map((l) => l.text).join('');
  return title && title.length <= 120 ? title : null;
}
