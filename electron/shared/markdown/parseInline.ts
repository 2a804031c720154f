import type { InlineNode, Mark, MarkType } from '../doc/docTypes';
import { parseCitationGroup } from './citationSyntax';
import { MARK_ORDER } from './docToMarkdown';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const ESCAPABLE = /[!-/:-@[-`{-~]/;

/**
 * Inline Markdown to nodes. Emphasis is read as toggles (a star run: 1 italic, 2 bold, 3 both; the
 * same for underscores), which is exactly what docToMarkdown writes; an opener with no closer later
 * in the block stays literal text, so "2*3" in a human-written file is not italic.
 */
export function parseInline(src: string): InlineNode[] {
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
  // Open bracketed spans: where each one's `]` is, what follows it, and which mark it carries.
  const spans: Array<{ close: number; tail: number; mark: Mark | null }> = [];

  let i = 0;
  while (i < src.length) {
    const ch = src[i]!;
    if (ch === '\\') {
      const next = src[i + 1];
      if (next === '\n') {
        flush();
        nodes.push({ type: 'hardBreak' });
        i += 2;
        continue;
      }
      if (next !== undefined && ESCAPABLE.test(next)) {
        text += next;
        i += 2;
        continue;
      }
      text += ch;
      i++;
      continue;
    }
    if (ch === '&') {
      const m = /^&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/.exec(src.slice(i, i + 12));
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
      const toggles = n >= 3 ? (['bold', 'italic'] as MarkType[]) : n === 2 ? (['bold'] as MarkType[]) : (['italic'] as MarkType[]);
      const usable = toggles.every((m) => active.has(m) || hasCloser(src, i + n, ch, n));
      if (n <= 3 && usable) {
        flush();
        for (const m of toggles) {
          if (active.has(m)) active.delete(m);
          else active.set(m, { type: m });
        }
        i += n;
        continue;
      }
      text += src.slice(i, i + n);
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
    if (ch === '[' || (ch === '!' && src[i + 1] === '[')) {
      const open = ch === '!' ? i + 1 : i;
      const close = matchingBracket(src, open);
      if (close !== -1) {
        const inside = src.slice(open + 1, close);
        const after = src.slice(close + 1);
        const attrs = ch === '[' ? /^\{([^{}\n]*)\}/.exec(after) : null;
        if (attrs) {
          flush();
          const mark = spanMark(attrs[1]!);
          if (mark) active.set(mark.type, mark);
          spans.push({ close, tail: close + 1 + attrs[0].length, mark });
          i = open + 1;
          continue;
        }
        const citations = ch === '[' && inside.includes('@') ? parseCitationGroup(inside) : null;
        if (citations) {
          flush();
          for (const c of citations) nodes.push({ type: 'citation', attrs: c });
          i = close + 1;
          continue;
        }
        const link = /^\(([^()\s]*)(?:\s+"[^"]*")?\)/.exec(after);
        if (link) {
          // Links and images are not part of a document: keep their words and the address.
          const inner = parseInline(inside).map((n) => (n.type === 'text' ? n.text : '')).join('');
          text += link[1] ? `${inner}（${link[1]}）` : inner;
          i = close + 1 + link[0].length;
          continue;
        }
      }
    }
    if (ch === '`') {
      let n = 1;
      while (src[i + n] === '`') n++;
      const fence = '`'.repeat(n);
      const end = src.indexOf(fence, i + n);
      if (end !== -1) {
        text += src.slice(i + n, end);
        i = end + n;
        continue;
      }
    }
    if (ch === '<') {
      const br = /^<br\s*\/?>/i.exec(src.slice(i, i + 8));
      if (br) {
        flush();
        nodes.push({ type: 'hardBreak' });
        i += br[0].length;
        continue;
      }
      const auto = /^<((?:https?|mailto):[^<>\s]+)>/.exec(src.slice(i));
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

function sameMarks(a: Mark[] | undefined, b: Mark[]): boolean {
  const x = a ?? [];
  return x.length === b.length && x.every((m, i) => m.type === b[i]!.type && m.attrs?.passageId === b[i]!.attrs?.passageId);
}

/** The mark a Pandoc span's attributes stand for; other classes keep the words and drop the span. */
function spanMark(attrs: string): Mark | null {
  const classes = [...attrs.matchAll(/(?:^|\s)\.([\w-]+)/g)].map((m) => m[1]);
  const passage = /(?:^|\s)passage=("?)([A-Za-z0-9_-]+)\1/.exec(attrs)?.[2];
  if (classes.includes('underline')) return { type: 'underline' };
  if (passage && classes.includes('quoted')) return { type: 'quoted', attrs: { passageId: passage } };
  if (passage && classes.includes('adapted')) return { type: 'adapted', attrs: { passageId: passage } };
  return null;
}

function hasCloser(src: string, from: number, ch: string, n: number): boolean {
  for (let i = from; i < src.length; i++) {
    if (src[i] === '\\') {
      i++;
      continue;
    }
    if (src[i] !== ch) continue;
    let run = 1;
    while (src[i + run] === ch) run++;
    if (run === n || run === 3 || n === 3) return true;
    i += run - 1;
  }
  return false;
}

function matchingBracket(src: string, open: number): number {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '[') depth++;
    else if (c === ']' && --depth === 0) return i;
  }
  return -1;
}

function decodeEntity(body: string): string | null {
  if (body.startsWith('#x') || body.startsWith('#X')) return safeCodePoint(parseInt(body.slice(2), 16));
  if (body.startsWith('#')) return safeCodePoint(parseInt(body.slice(1), 10));
  return ENTITIES[body] ?? null;
}

function safeCodePoint(n: number): string | null {
  return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : null;
}
