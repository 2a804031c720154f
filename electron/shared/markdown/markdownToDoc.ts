import type { BlockNode, DocNode, InlineNode, ListItemNode } from '../doc/docTypes';
import { EMPTY_PARAGRAPH } from './docToMarkdown';
import { parseInline } from './parseInline';

const LIST_MARKER = /^( {0,3})([-+*]|(\d{1,9})[.)])( +|$)/;
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const THEMATIC = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

/**
 * Markdown (ours, Pandoc's or a person's) to a document. Never throws: constructs the document cannot
 * hold (code, tables, rules, images, links) become plain text. Headings deeper than ## become level 2.
 */
export function markdownToDoc(markdown: string): { title: string | null; doc: DocNode } {
  const lines = markdown.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  let title: string | null = null;
  let start = 0;
  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((l, i) => i > 0 && (l.trim() === '---' || l.trim() === '...'));
    if (end > 0) {
      for (const line of lines.slice(1, end)) {
        const m = /^title:\s*(.*)$/.exec(line);
        if (m) title = yamlScalar(m[1]!);
      }
      start = end + 1;
    }
  } else if (lines[0]?.startsWith('% ')) {
    title = lines[0].slice(2).trim();
    start = 1;
  }
  const content = parseBlocks(lines.slice(start));
  return { title, doc: { type: 'doc', content: content.length > 0 ? content : [{ type: 'paragraph' }] } };
}

function parseBlocks(lines: string[]): BlockNode[] {
  const blocks: BlockNode[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.trim() === '') {
      i++;
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      const level = heading[1]!.length === 1 ? 1 : 2;
      blocks.push(withContent({ type: 'heading', attrs: { level } }, parseInline(heading[2] ?? '')));
      i++;
      continue;
    }
    if (/^ {0,3}>/.test(line)) {
      const inner: string[] = [];
      while (i < lines.length && /^ {0,3}>/.test(lines[i]!)) {
        inner.push(lines[i]!.replace(/^ {0,3}> ?/, ''));
        i++;
      }
      const content = parseBlocks(inner);
      blocks.push({ type: 'blockquote', content: content.length > 0 ? content : [{ type: 'paragraph' }] });
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      const close = lines.findIndex((l, k) => k > i && l.trim().startsWith(fence[1]!));
      const body = lines.slice(i + 1, close === -1 ? lines.length : close);
      for (const b of body) if (b.trim()) blocks.push({ type: 'paragraph', content: [{ type: 'text', text: b }] });
      i = close === -1 ? lines.length : close + 1;
      continue;
    }
    if (THEMATIC.test(line) && !LIST_MARKER.test(line.replace(/[ \t]+$/, ''))) {
      i++;
      continue;
    }
    const marker = LIST_MARKER.exec(line);
    if (marker) {
      i = parseList(lines, i, blocks);
      continue;
    }
    // A paragraph runs to a blank line or the start of another block.
    const para: string[] = [];
    while (i < lines.length) {
      const l = lines[i]!;
      if (l.trim() === '') break;
      if (para.length > 0 && (HEADING.test(l) || /^ {0,3}>/.test(l) || FENCE.test(l) || startsListInParagraph(l))) break;
      if (para.length > 0 && /^ {0,3}(=+|-+)[ \t]*$/.test(l)) {
        blocks.push(withContent({ type: 'heading', attrs: { level: l.trim().startsWith('=') ? 1 : 2 } }, inlineOf(para)));
        para.length = 0;
        i++;
        break;
      }
      para.push(l);
      i++;
    }
    if (para.length === 0) continue;
    if (para.length === 1 && para[0]!.trim() === EMPTY_PARAGRAPH) blocks.push({ type: 'paragraph' });
    else blocks.push(withContent({ type: 'paragraph' }, inlineOf(para)));
  }
  return blocks;
}

function startsListInParagraph(line: string): boolean {
  const m = LIST_MARKER.exec(line);
  // As in CommonMark, only a bullet or an ordered list starting at 1 may interrupt a paragraph.
  return !!m && m[4] !== '' && (m[3] === undefined || m[3] === '1');
}

function parseList(lines: string[], from: number, blocks: BlockNode[]): number {
  const first = LIST_MARKER.exec(lines[from]!)!;
  const ordered = first[3] !== undefined;
  // The bullet character, or the delimiter of an ordered list: a change starts a new list.
  const markerKind = ordered ? first[2]!.slice(-1) : first[2];
  const items: ListItemNode[] = [];
  let i = from;
  while (i < lines.length) {
    const m = LIST_MARKER.exec(lines[i]!);
    if (!m || (m[3] !== undefined) !== ordered || (ordered ? m[2]!.slice(-1) : m[2]) !== markerKind) break;
    const width = m[0].length === m[1]!.length + m[2]!.length ? m[0].length + 1 : m[0].length;
    const body: string[] = [lines[i]!.slice(m[0].length)];
    i++;
    while (i < lines.length) {
      const l = lines[i]!;
      if (l.trim() === '') {
        const next = lines[i + 1];
        if (next !== undefined && next.trim() !== '' && leadingSpaces(next) >= width) {
          body.push('');
          i++;
          continue;
        }
        break;
      }
      if (leadingSpaces(l) >= width) body.push(l.slice(width));
      else if (!LIST_MARKER.test(l) && !HEADING.test(l) && !/^ {0,3}>/.test(l) && body[body.length - 1] !== '') body.push(l);
      else break;
      i++;
    }
    const content = parseBlocks(body);
    items.push({ type: 'listItem', content: content.length > 0 ? content : [{ type: 'paragraph' }] });
    if (lines[i]?.trim() === '' && LIST_MARKER.test(lines[i + 1] ?? '')) i++;
  }
  if (ordered) {
    const start = Number(first[3]);
    blocks.push(start === 1 ? { type: 'orderedList', content: items } : { type: 'orderedList', attrs: { start }, content: items });
  } else blocks.push({ type: 'bulletList', content: items });
  return i;
}

function leadingSpaces(line: string): number {
  return /^ */.exec(line)![0].length;
}

/** Joins paragraph lines: a line ending in a backslash or two spaces is a hard break; otherwise Chinese lines join without a space. */
function inlineOf(lines: string[]): InlineNode[] {
  let src = '';
  lines.forEach((raw, k) => {
    const line = raw.replace(/^[ \t]+/, '');
    if (k === lines.length - 1) {
      src += line.replace(/[ \t]+$/, '');
      return;
    }
    if (/(^|[^\\])(\\\\)*\\$/.test(line)) src += `${line}\n`;
    else if (/ {2,}$/.test(line)) src += `${line.replace(/[ \t]+$/, '')}\\\n`;
    else {
      const trimmed = line.replace(/[ \t]+$/, '');
      const next = lines[k + 1]!.replace(/^[ \t]+/, '');
      src += trimmed + (isCjk(trimmed.slice(-1)) || isCjk(next.slice(0, 1)) ? '' : ' ');
    }
  });
  return parseInline(src);
}

function isCjk(ch: string): boolean {
  return /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(ch);
}

function withContent<T extends { type: string }>(node: T, content: InlineNode[]): T & { content?: InlineNode[] } {
  return content.length > 0 ? { ...node, content } : node;
}

function yamlScalar(raw: string): string {
  const v = raw.trim();
  if (v.startsWith('"') && v.endsWith('"') && v.length >= 2) {
    return v.slice(1, -1).replace(/\\(["\\nt])/g, (_m, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c));
  }
  if (v.startsWith("'") && v.endsWith("'") && v.length >= 2) return v.slice(1, -1).replace(/''/g, "'");
  return v;
}
