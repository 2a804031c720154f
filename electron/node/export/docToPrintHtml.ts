import { citationMarks, noteMark } from '../../shared/citations/citationMarks';
import type { BlockNode, InlineNode } from '../../shared/doc/docTypes';
import { isSalutation } from '../../shared/export/prepareExportDoc';
import { cssFontFamily } from '../../shared/export/cssFontFamily';
import { chineseDate } from './chineseDate';
import { splitAppendix } from './splitAppendix';
import type { DocxInput } from './DocxInput';
import { titleLines } from './titleLines';
import type { FontSpec, TextSpec } from './docxPresets';

/** What Electron's printToPDF needs: the page, the footer template with its page number, and the margins. */
export interface PrintPage {
  html: string;
  footerHtml: string;
  marginsMm: { top: number; bottom: number; left: number; right: number };
}

/** Prints a page to PDF (Electron's webContents.printToPDF, bound in main). */
export type PrintToPdf = (page: PrintPage) => Promise<Buffer>;

function family(font: FontSpec): string {
  return cssFontFamily(font.eastAsia, font.latin);
}

function css(spec: TextSpec): string {
  return `font-family: ${family(spec.font)}; font-size: ${spec.sizePt}pt; font-weight: ${spec.bold ? 'bold' : 'normal'};`;
}

/**
 * The print view of a document for Electron's printToPDF: the preset's page, fonts and line pitch as
 * CSS. A browser has no page footnotes, so the notes follow the text as a numbered list; the page
 * number is the footer template's, centred (print templates cannot tell odd pages from even).
 */
export function docToPrintHtml(input: DocxInput): PrintPage {
  const p = input.preset;
  const line = 'exactPt' in p.line ? `${p.line.exactPt.toFixed(2)}pt` : String(p.line.multiple * 1.3);
  const m = p.marginsMm;
  const style = `
@page { size: A4; margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; }
html { -webkit-print-color-adjust: exact; }
body { margin: 0; ${css(p.body)} line-height: ${line}; text-align: justify; }
p { margin: 0; text-indent: ${p.firstLineChars}em; }
h1.title { ${css(p.title)} text-align: center; margin: 0 0 ${line}; line-height: 1.6; }
p.byline { ${css(p.byline)} text-align: center; text-indent: 0; margin-bottom: ${line}; }
h2 { ${css(p.heading1)} margin: 0; text-indent: ${p.firstLineChars}em; }
h3 { ${css(p.heading2)} margin: 0; text-indent: ${p.firstLineChars}em; }
blockquote { ${css(p.quote)} margin: 0 2em; }
ol.list, ul.list { margin: 0; padding-left: 4em; }
sup { font-size: 0.6em; line-height: 0; }
.notes, .references { ${css(p.note)} line-height: 1.3; margin-top: ${line}; text-align: left; }
.notes p, .references p { text-indent: -2.5em; padding-left: 2.5em; }
.notes-heading { ${css(p.heading1)} text-indent: 0; }
p.date, p.signature { text-align: right; text-indent: 0; padding-right: 2em; }
p.signature { margin-top: ${line}; }
p.flush { text-indent: 0; }
.appendix { break-before: page; }
.appendix-label { ${css({ ...p.heading1, sizePt: 16 })} text-indent: 0; }
.appendix-title { ${css(p.title)} text-align: center; text-indent: 0; margin: ${line} 0; }
.record { margin-top: ${line}; border-top: 1.5px solid #000; border-bottom: 1.5px solid #000; font-size: 14pt; }
.record p { text-indent: 0; padding: 0 1em; }
.record p + p { border-top: 1px solid #000; }
`;
  const { notes, references, style: noteStyle } = input.notes;
  let next = 0;
  const inline = (nodes: InlineNode[] | undefined): string => {
    const list = nodes ?? [];
    let s = '';
    for (let i = 0; i < list.length; i++) {
      const n = list[i]!;
      if (n.type === 'text') {
        let t = escapeHtml(n.text);
        for (const m of n.marks ?? []) if (m.type === 'bold') t = `<b>${t}</b>`;
        else if (m.type === 'italic') t = `<i>${t}</i>`;
        else if (m.type === 'underline') t = `<u>${t}</u>`;
        s += t;
      } else if (n.type === 'hardBreak') s += '<br>';
      else {
        const group = [next++];
        while (list[i + 1]?.type === 'citation') {
          group.push(next++);
          i++;
        }
        const marks = escapeHtml(citationMarks(input.notes, group));
        s += noteStyle === 'inline' ? marks : `<sup>${marks}</sup>`;
      }
    }
    return s;
  };
  const block = (b: BlockNode): string => {
    switch (b.type) {
      case 'paragraph': {
        const html = inline(b.content) || '&nbsp;';
        return isSalutation((b.content ?? []).map((n) => (n.type === 'text' ? n.text : '')).join('')) ? `<p class="flush">${html}</p>` : `<p>${html}</p>`;
      }
      case 'heading':
        return b.attrs.level === 1 ? `<h2>${inline(b.content)}</h2>` : `<h3>${inline(b.content)}</h3>`;
      case 'blockquote':
        return `<blockquote>${b.content.map(block).join('')}</blockquote>`;
      case 'bulletList':
        return `<ul class="list">${b.content.map((item) => `<li>${item.content.map(block).join('').replace(/^<p>/, '<p style="text-indent:0">')}</li>`).join('')}</ul>`;
      case 'orderedList':
        return `<ol class="list" start="${b.attrs?.start ?? 1}">${b.content.map((item) => `<li>${item.content.map(block).join('').replace(/^<p>/, '<p style="text-indent:0">')}</li>`).join('')}</ol>`;
    }
  };
  const byline = [input.profile.unit, input.profile.position, input.profile.name].map((s) => s.trim()).filter(Boolean).join('　');
  const date = chineseDate(input.date);
  const signature = p.authorPlace === 'end' ? byline : '';
  const appendix = splitAppendix(input.appendix);
  // The same order as the DOCX: title, author line, body, 署名 and 成文日期, appendix, 参考文献, 版记, notes.
  const body = [
    input.title.trim() ? `<h1 class="title">${titleLines(input.title, p).map(escapeHtml).join('<br>')}</h1>` : '',
    p.authorPlace === 'under-title' && byline ? `<p class="byline">${escapeHtml(byline)}</p>` : '',
    p.datePlace === 'under-author' ? `<p class="byline">（${escapeHtml(date)}）</p>` : '',
    ...input.doc.content.map(block),
    p.layout === 'official' && appendix.title ? `<p>&nbsp;</p><p>附件：${escapeHtml(appendix.title)}</p>` : '',
    signature ? `<p class="signature">${escapeHtml(signature)}</p>` : '',
    p.datePlace === 'end' ? `<p class="date">${escapeHtml(date)}</p>` : '',
    input.appendix.length
      ? `<div class="appendix"><p class="appendix-label">附件</p>${appendix.title ? `<p class="appendix-title">${escapeHtml(appendix.title)}</p>` : ''}${appendix.rest.map(block).join('')}</div>`
      : '',
    input.options.references && references.length
      ? `<div class="references"><p class="notes-heading">参考文献</p>${references.map((r, i) => `<p>${noteStyle === 'inline' ? '' : `[${i + 1}] `}${escapeHtml(r)}</p>`).join('')}</div>`
      : '',
    p.layout === 'official' && (p.copyTo || p.printedBy)
      ? `<div class="record">${p.copyTo ? `<p>抄送：${escapeHtml(p.copyTo)}</p>` : ''}${p.printedBy ? `<p>${escapeHtml(p.printedBy)}\u3000${escapeHtml(date)}印发</p>` : ''}</div>`
      : '',
    // Notes last, as a DOCX's endnotes (a browser has no page footnotes).
    notes.length ? `<div class="notes"><p class="notes-heading">注释</p>${notes.map((n) => `<p>${noteMark(noteStyle, n.number)} ${escapeHtml(n.text ?? '')}</p>`).join('')}</div>` : '',
  ].join('\n');
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"><title>${escapeHtml(input.title)}</title><style>${style}</style></head><body>${body}</body></html>`;
  const number = p.layout !== 'plain' ? '— <span class="pageNumber"></span> —' : '<span class="pageNumber"></span>';
  const footerHtml = p.pageNumberStyle === 'none' ? '<div></div>' : `<div style="width:100%;text-align:center;${css(p.pageNumber)}">${number}</div>`;
  return { html, footerHtml, marginsMm: m };
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}
