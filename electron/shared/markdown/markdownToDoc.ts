import type { BlockNode, DocNode, InlineNode, ListItemNode } from '../doc/docTypes';
import { EMPTY_PARAGRAPH } from './docToMarkdown';
import { readTitle } from './frontMatter';
import { normalizeDoc } from './normalizeDoc';
import { parseInline } from './parseInline';

const LIST_MARKER = /^( {0,3})([-+*]|(\d{1,9})[.)])([ \t]+|$)/;
const HEADING_OPEN = /^ {0,3}(#{1,6})(?=[ \t]|$)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const THEMATIC = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const QUOTE = /^ {0,3}>/;
/** A Pandoc fenced div (the reader skips one with the id `refs`), and the fence that closes a div. */
const DIV_OPEN = /^ {0,3}:{3,}[ \t]*\{([^}]*)\}/;
const FENCED_DIV_CLOSE = /^ {0,3}:{3,}[ \t]*$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
/** Only spaces and tabs are Markdown whitespace: a line of ideographic spaces (U+3000) is text. */
const BLANK = /^[ \t]*$/;
/** Blockquotes inside list items inside …: deeper than this, lines are read as plain paragraphs. */
const MAX_DEPTH = 32;

/**
 * Markdown (ours, Pandoc's or a person's) to a document. Never throws: constructs the document cannot
 * hold become plain text (code → its lines, links and images → words and address) or are dropped
 * (thematic breaks). Headings deeper than ## become level 2.
 */
export function markdownToDoc(markdown: string): { title: string | null; doc: DocNode } {
  const lines = String(markdown).replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const { title, bodyStart } = readTitle(lines);
  return { title, doc: normalizeDoc({ type: 'doc', content: parseBlocks(lines.slice(bodyStart), 0) }) };
}

function parseBlocks(lines: string[], depth: number): BlockNode[] {
  const blocks: BlockNode[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (BLANK.test(line)) {
      i++;
      continue;
    }
    const heading = depth < MAX_DEPTH ? readAtxHeading(line) : null;
    if (heading) {
      blocks.push(withContent({ type: 'heading', attrs: { level: heading.level } }, parseInline(heading.text)));
      i++;
    } else if (depth < MAX_DEPTH && QUOTE.test(line)) {
      const inner: string[] = [];
      while (i < lines.length && QUOTE.test(lines[i]!)) {
        inner.push(lines[i]!.replace(/^ {0,3}> ?/, ''));
        i++;
        // Lazy continuation: an unmarked line right after quoted paragraph text belongs to it.
        while (i < lines.length && !BLANK.test(inner[inner.length - 1]!) && !startsBlock(lines[i]!) && !BLANK.test(lines[i]!)) inner.push(lines[i++]!);
      }
      blocks.push({ type: 'blockquote', content: parseBlocks(inner, depth + 1) });
    } else if (FENCE.test(line)) {
      // Code has no place in a document: each of its lines becomes a paragraph of plain text.
      const fence = FENCE.exec(line)![1]!;
      const closeAt = nextLine(lines, i + 1, (l) => l.trim().startsWith(fence[0]!.repeat(fence.length)) && FENCE.test(l));
      const end = closeAt === -1 ? lines.length : closeAt;
      for (const code of lines.slice(i + 1, end)) if (!BLANK.test(code)) blocks.push({ type: 'paragraph', content: [{ type: 'text', text: code }] });
      i = end + 1;
    } else if (isRefsOpen(line)) {
      // The reference list docToMarkdown writes is derived from the citations: skipped, never read as text.
      const closeAt = nextLine(lines, i + 1, (l) => FENCED_DIV_CLOSE.test(l));
      i = closeAt === -1 ? lines.length : closeAt + 1;
    } else if (THEMATIC.test(line)) {
      i++;
    } else if (depth < MAX_DEPTH && LIST_MARKER.test(line)) {
      i = parseList(lines, i, blocks, depth);
    } else {
      i = parseParagraph(lines, i, blocks);
    }
  }
  return blocks;
}

/** The index of the first line at or after `from` that `is`, or -1 (a findIndex from 0 made each fence rescan the file). */
function nextLine(lines: readonly string[], from: number, is: (line: string) => boolean): number {
  for (let k = from; k < lines.length; k++) if (is(lines[k]!)) return k;
  return -1;
}

/** A paragraph runs to a blank line or the start of another block; `===`/`---` under it make it a heading. */
function parseParagraph(lines: string[], from: number, blocks: BlockNode[]): number {
  const para: string[] = [];
  let i = from;
  while (i < lines.length) {
    const l = lines[i]!;
    if (BLANK.test(l)) break;
    if (para.length > 0 && SETEXT.test(l)) {
      blocks.push(withContent({ type: 'heading', attrs: { level: l.trim().startsWith('=') ? 1 : 2 } }, inlineOf(para)));
      return i + 1;
    }
    if (para.length > 0 && startsBlock(l)) break;
    para.push(l);
    i++;
  }
  if (para.length === 1 && trimSpacesEnd(para[0]!.replace(/^[ \t]+/, '')) === EMPTY_PARAGRAPH) blocks.push({ type: 'paragraph' });
  else blocks.push(withContent({ type: 'paragraph' }, inlineOf(para)));
  return i;
}

/** Whether a line interrupts a paragraph. As in CommonMark, only a non-empty bullet item or an ordered item numbered 1 does. */
function startsBlock(line: string): boolean {
  if (readAtxHeading(line) || QUOTE.test(line) || FENCE.test(line) || THEMATIC.test(line)) return true;
  const m = LIST_MARKER.exec(line);
  return !!m && m[4] !== '' && !BLANK.test(line.slice(m[0].length)) && (m[3] === undefined || m[3] === '1');
}

function parseList(lines: string[], from: number, blocks: BlockNode[], depth: number): number {
  const first = LIST_MARKER.exec(lines[from]!)!;
  const ordered = first[3] !== undefined;
  // The bullet character, or the delimiter of an ordered list: a change starts a new list.
  const kind = first[2]!.slice(-1);
  const items: ListItemNode[] = [];
  let i = from;
  while (i < lines.length) {
    const m = LIST_MARKER.exec(lines[i]!);
    if (!m || (m[3] !== undefined) !== ordered || m[2]!.slice(-1) !== kind || THEMATIC.test(lines[i]!)) break;
    // Content starts after the marker and its spaces (one, when there are more than four or none).
    const spaces = m[4]!.length;
    const width = m[1]!.length + m[2]!.length + (spaces === 0 || spaces > 4 ? 1 : spaces);
    const body: string[] = [lines[i]!.slice(Math.min(width, m[0].length))];
    i++;
    while (i < lines.length) {
      const l = lines[i]!;
      if (BLANK.test(l)) {
        const next = lines[i + 1];
        if (next === undefined || leadingSpaces(next) < width) break;
        body.push('');
      } else if (leadingSpaces(l) >= width) body.push(expandIndent(l).slice(width));
      else if (!BLANK.test(body[body.length - 1]!) && !startsBlock(l) && !LIST_MARKER.test(l)) body.push(l);
      else break;
      i++;
    }
    items.push({ type: 'listItem', content: parseBlocks(body, depth + 1) });
    // A blank line between items makes a loose list, not two lists.
    if (i + 1 < lines.length && BLANK.test(lines[i]!) && LIST_MARKER.test(lines[i + 1]!)) i++;
  }
  const start = Number(first[3]);
  if (!ordered) blocks.push({ type: 'bulletList', content: items });
  else blocks.push(start === 1 ? { type: 'orderedList', content: items } : { type: 'orderedList', attrs: { start }, content: items });
  return i;
}

function leadingSpaces(line: string): number {
  return /^ */.exec(expandIndent(line))![0].length;
}

/** Tabs in the indentation as spaces to the next multiple of four, as CommonMark counts them. */
function expandIndent(line: string): string {
  const indent = /^[ \t]*/.exec(line)![0];
  let spaces = '';
  for (const c of indent) spaces += c === ' ' ? ' ' : ' '.repeat(4 - (spaces.length % 4));
  return spaces + line.slice(indent.length);
}

/**
 * Joins paragraph lines. A line ending in a backslash or two spaces is a hard break (`\n` for
 * parseInline); any other line break is a soft one, which becomes a space between Latin words and
 * nothing next to Chinese (Pandoc's east_asian_line_breaks), so hard-wrapped Chinese text reads whole.
 */
function inlineOf(lines: string[]): InlineNode[] {
  let src = '';
  lines.forEach((raw, k) => {
    const line = raw.replace(/^[ \t]+/, '');
    const trimmed = trimSpacesEnd(line);
    if (k === lines.length - 1) src += trimmed;
    else if (endsInEscape(trimmed)) src += `${trimSpacesEnd(trimmed.slice(0, -1))}\n`;
    else if (line.endsWith('  ')) src += `${trimmed}\n`;
    else {
      const next = lines[k + 1]!.replace(/^[ \t]+/, '');
      src += trimmed + (isCjk(trimmed.slice(-1)) || isCjk(next.slice(0, 1)) ? '' : ' ');
    }
  });
  return parseInline(src);
}

// Whitespace at a line's end is cut by hand: a regex such as /[ \t]+$/ retries from every space of a
// long run and made one line of spaces quadratic.

/** The line without the spaces and tabs at its end. */
function trimSpacesEnd(line: string): string {
  let end = line.length;
  while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
  return line.slice(0, end);
}

/** Whether the line ends in a backslash that is not itself escaped (an odd run of them). */
function endsInEscape(line: string): boolean {
  let n = 0;
  while (n < line.length && line[line.length - 1 - n] === '\\') n++;
  return n % 2 === 1;
}

/**
 * An ATX heading: `#`–`######`, then the text, without an optional closing run of `#` that follows
 * whitespace. Read by hand for the reason above.
 */
function readAtxHeading(line: string): { level: 1 | 2; text: string } | null {
  const open = HEADING_OPEN.exec(line);
  if (!open) return null;
  let start = open[0].length;
  while (line[start] === ' ' || line[start] === '\t') start++;
  let end = trimSpacesEnd(line).length;
  let hashes = end;
  while (hashes > start && line[hashes - 1] === '#') hashes--;
  let before = hashes;
  while (before > start && (line[before - 1] === ' ' || line[before - 1] === '\t')) before--;
  if (hashes < end && before < hashes && before >= start) end = before;
  return { level: open[1]!.length === 1 ? 1 : 2, text: line.slice(start, Math.max(start, end)) };
}

function isRefsOpen(line: string): boolean {
  const m = DIV_OPEN.exec(line);
  return !!m && /#refs(?![\w-])/.test(m[1]!) && /^[ \t]*:*$/.test(trimSpacesEnd(line.slice(m[0].length)));
}

function isCjk(ch: string): boolean {
  return /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(ch);
}

function withContent<T extends { type: string }>(node: T, content: InlineNode[]): T & { content?: InlineNode[] } {
  return content.length > 0 ? { ...node, content } : node;
}
