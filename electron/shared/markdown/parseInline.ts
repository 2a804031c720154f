import { cleanNoteText, externalNoteId } from '../citations/externalNote';
import type { InlineNode, Mark, MarkType } from '../doc/docTypes';
import { parseCitationGroup } from './citationSyntax';
import { InlineIndex } from './InlineIndex';
import { MARK_ORDER, sameMarks } from './normalizeDoc';
import { readSpanAttributes } from './spanSyntax';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const ESCAPABLE = /[!-/:-@[-`{-~]/;
const SPACE = /\s/u;
const ASCII_WORD = /[A-Za-z0-9]/;
/** Links inside links inside … : beyond this their words are kept as they stand. */
const MAX_DEPTH = 16;

/**
 * Inline Markdown to nodes; `\n` in `src` is a hard break (markdownToDoc has joined soft breaks).
 * Emphasis is read as toggles — a star run of 1 is italic, 2 bold, 3 both, and each turns its marks
 * on or off — which is exactly what docToMarkdown writes, and reads people's nested emphasis too.
 * As in CommonMark a run opens only before a non-space and closes only after one, `_` never inside
 * a word (snake_case), and an opener with no closer later stays text, so "2*3" is not italic.
 */
export function parseInline(src: string): InlineNode[] {
  return parseSlice(src, 0, new InlineIndex(src), 0);
}

/** `src` is the slice of the paragraph at `offset` (the words of a link or a note); `index` covers the paragraph. */
function parseSlice(src: string, depth: number, index: InlineIndex, offset: number): InlineNode[] {
  const nodes: InlineNode[] = [];
  const active = new Map<MarkType, Mark>();
  let text = '';
  const flush = () => {
    if (!text) return;
    const marks: Mark[] = MARK_ORDER.flatMap((m) => (active.has(m) ? [active.get(m)!] : []));
    const last = nodes[nodes.length - 1];
    if (last?.type === 'text' && sameMarks(last.marks, marks)) last.text += text;
    else nodes.push(marks.length ? { type: 'text', text, marks } : { type: 'text', text });
    text = '';
  };
  // Open bracketed spans: where each one's `]` is, where its attributes end, and which mark it carries.
  const spans: Array<{ close: number; tail: number; mark: Mark | null }> = [];

  let i = 0;
  while (i < src.length) {
    // A span whose `]` was swallowed by something inside it (a link's address, say) ends there.
    while (spans.length > 0 && spans[spans.length - 1]!.close < i) {
      const lost = spans.pop()!;
      flush();
      if (lost.mark) active.delete(lost.mark.type);
    }
    const ch = src[i]!;
    if (ch === '\\') {
      const next = src[i + 1];
      text += next !== undefined && ESCAPABLE.test(next) ? next : ch;
      i += next !== undefined && ESCAPABLE.test(next) ? 2 : 1;
      continue;
    }
    if (ch === '\n') {
      flush();
      nodes.push({ type: 'hardBreak' });
      i++;
      continue;
    }
    if (ch === '&') {
      const m = /^&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z]{2,8});/.exec(src.slice(i, i + 12));
      const decoded = m ? decodeEntity(m[1]!) : null;
      if (m && decoded !== null) {
        text += decoded;
        i += m[0].length;
        continue;
      }
    }
    if (ch === '*' || ch === '_') {
      let n = 1;
      while (src[i + n] === ch) n++;
      const toggles: MarkType[] = n === 3 ? ['bold', 'italic'] : n === 2 ? ['bold'] : ['italic'];
      if (n <= 3 && toggles.every((m) => canToggle(src, i, n, active.has(m), index, offset))) {
        flush();
        for (const m of toggles) {
          if (active.has(m)) active.delete(m);
          else active.set(m, { type: m });
        }
      } else text += src.slice(i, i + n);
      i += n;
      continue;
    }
    const span = spans[spans.length - 1];
    if (ch === ']' && span?.close === i) {
      flush();
      spans.pop();
      if (span.mark) active.delete(span.mark.type);
      i = span.tail;
      continue;
    }
    if (ch === '^' && src[i + 1] === '[' && depth < MAX_DEPTH) {
      // A Pandoc inline note `^[…]`: an external citation holding its own text.
      const close = matchingBracket(index, offset, i + 1);
      const note = close === -1 ? '' : cleanNoteText(parseSlice(src.slice(i + 2, close), depth + 1, index, offset + i + 2).map((n) => (n.type === 'text' ? n.text : n.type === 'hardBreak' ? ' ' : '')).join(''));
      if (note) {
        flush();
        nodes.push({ type: 'citation', attrs: { passageId: externalNoteId(note), kind: 'quote', note } });
        i = close + 1;
        continue;
      }
    }
    if ((ch === '[' || (ch === '!' && src[i + 1] === '[')) && depth < MAX_DEPTH) {
      const open = ch === '!' ? i + 1 : i;
      const close = matchingBracket(index, offset, open);
      if (close !== -1) {
        const inside = src.slice(open + 1, close);
        const attrs = ch === '[' ? readSpanAttributes(src, close + 1) : null;
        if (attrs) {
          // A span: its words are read in place, carrying its mark until its `]`.
          flush();
          if (attrs.mark && !active.has(attrs.mark.type)) active.set(attrs.mark.type, attrs.mark);
          spans.push({ close, tail: attrs.end, mark: attrs.mark && active.get(attrs.mark.type) === attrs.mark ? attrs.mark : null });
          i = open + 1;
          continue;
        }
        // A citation group holds no brackets of its own; asking only of the innermost keeps nested brackets linear.
        const citations = ch === '[' && !index.holdsBrackets(offset + open) && inside.includes('@') ? parseCitationGroup(inside) : null;
        if (citations) {
          flush();
          for (const c of citations) nodes.push({ type: 'citation', attrs: c });
          i = close + 1;
          continue;
        }
        const link = readLinkTail(src, close + 1);
        if (link) {
          // Links and images are not part of a document: keep their words and the address.
          const words = parseSlice(inside, depth + 1, index, offset + open + 1).map((n) => (n.type === 'text' ? n.text : '')).join('');
          text += link.address ? `${words}（${link.address}）` : words;
          i = link.end;
          continue;
        }
      }
    }
    if (ch === '`') {
      let n = 1;
      while (src[i + n] === '`') n++;
      const run = index.backtickRun(n, offset + i + n, offset + src.length);
      const end = run === -1 ? -1 : run - offset;
      text += end === -1 ? src.slice(i, i + n) : src.slice(i + n, end).replace(/\n/g, ' ');
      i = end === -1 ? i + n : end + n;
      continue;
    }
    if (ch === '<') {
      const br = /^<br\s*\/?>/i.exec(src.slice(i, i + 8));
      if (br) {
        flush();
        nodes.push({ type: 'hardBreak' });
        i += br[0].length;
        continue;
      }
      const auto = /^<((?:https?|mailto|ftp):[^<>\s]+)>/i.exec(src.slice(i, i + 2048));
      if (auto) {
        text += auto[1];
        i += auto[0].length;
        continue;
      }
    }
    text += ch;
    i++;
  }
  flush();
  return nodes;
}

/** Whether a delimiter run may turn a mark on (before a non-space) or off (after one), and has a partner if it opens. */
function canToggle(src: string, at: number, n: number, closing: boolean, index: InlineIndex, offset: number): boolean {
  const ch = src[at]!;
  const before = src[at - 1];
  const after = src[at + n];
  if (closing) return before !== undefined && !SPACE.test(before) && !(ch === '_' && after !== undefined && ASCII_WORD.test(after));
  if (after === undefined || SPACE.test(after) || (ch === '_' && before !== undefined && ASCII_WORD.test(before))) return false;
  return index.hasCloser(ch, n, offset + at + n, offset + src.length);
}

/**
 * A link's `(address "title")` at `pos`: what /^\(\s*<?([^()\s<>]*)>?(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/
 * matches, read by hand because that regex retries every split of a run of spaces (quadratic).
 */
function readLinkTail(src: string, pos: number): { address: string; end: number } | null {
  if (src[pos] !== '(') return null;
  const first = skipSpace(src, pos + 1);
  let i = first;
  if (src[i] === '<') i++;
  const start = i;
  while (i < src.length && !/[()\s<>]/u.test(src[i]!)) i++;
  const address = src.slice(start, i);
  if (src[i] === '>') i++;
  const end = titleAndParen(src, i);
  if (end !== -1) return { address, end };
  // The regex's other reading: no address, the spaces after `(` leading straight into a title.
  const bare = titleAndParen(src, pos + 1);
  return bare !== -1 ? { address: '', end: bare } : null;
}

/** After an address: an optional `"title"`/`'title'` after whitespace, then `)`; the index after `)`, or -1. */
function titleAndParen(src: string, from: number): number {
  const quote = skipSpace(src, from);
  if (quote > from && (src[quote] === '"' || src[quote] === "'")) {
    const closeQuote = src.indexOf(src[quote]!, quote + 1);
    const paren = closeQuote === -1 ? -1 : skipSpace(src, closeQuote + 1);
    if (paren !== -1 && src[paren] === ')') return paren + 1;
  }
  const paren = skipSpace(src, from);
  return src[paren] === ')' ? paren + 1 : -1;
}

function skipSpace(src: string, from: number): number {
  let i = from;
  while (i < src.length && SPACE.test(src[i]!)) i++;
  return i;
}

/** The `]` closing the `[` at `open` in this slice, or -1. */
function matchingBracket(index: InlineIndex, offset: number, open: number): number {
  const close = index.matchingBracket(offset + open);
  return close === -1 ? -1 : close - offset;
}

function decodeEntity(body: string): string | null {
  if (body.startsWith('#x') || body.startsWith('#X')) return safeCodePoint(parseInt(body.slice(2), 16));
  if (body.startsWith('#')) return safeCodePoint(parseInt(body.slice(1), 10));
  return ENTITIES[body] ?? null;
}

function safeCodePoint(n: number): string | null {
  return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : null;
}
