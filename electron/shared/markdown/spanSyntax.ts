import type { Mark } from '../doc/docTypes';
import { escapeValue, unescapeValue } from './citationSyntax';

// Marks that Markdown has no syntax for are written as Pandoc bracketed spans:
// underline `[x]{.underline}` (Pandoc's own convention), and the words of a quotation or adaptation
// `[x]{.quoted passage=ID}` / `[x]{.adapted passage=ID}`, naming their passage.

const PLAIN_VALUE = /^[A-Za-z0-9_-]+$/;

/** The attribute block that closes a span for this mark. */
export function spanAttributes(mark: Mark): string {
  if (mark.type === 'quoted' || mark.type === 'adapted') {
    const id = mark.attrs?.passageId ?? '';
    return `{.${mark.type} passage=${PLAIN_VALUE.test(id) ? id : `"${escapeValue(id)}"`}}`;
  }
  return `{.${mark.type}}`;
}

/**
 * Reads a `{…}` attribute block at `pos` (quotes may hold `}`); null when there is none. The mark is
 * null for spans we have no mark for (their words are kept, the span dropped).
 */
export function readSpanAttributes(src: string, pos: number): { end: number; mark: Mark | null } | null {
  if (src[pos] !== '{') return null;
  let i = pos + 1;
  let quoted = false;
  for (; i < src.length; i++) {
    const c = src[i];
    if (c === '\n' || (!quoted && c === '{')) return null;
    if (c === '\\' && quoted) i++;
    else if (c === '"') quoted = !quoted;
    else if (c === '}' && !quoted) break;
  }
  if (i >= src.length) return null;
  return { end: i + 1, mark: markFor(src.slice(pos + 1, i)) };
}

function markFor(attrs: string): Mark | null {
  const classes = new Set<string>();
  const values = new Map<string, string>();
  // Pandoc attributes: #id, .class, key=value, key="value"; anything else is skipped. A word without
  // `=` is skipped whole: retrying the key from each of its letters made a long word quadratic.
  const token = /\s*(?:\.([^\s"=}]+)|#[^\s"=}]+|([\w-]+)(?:(=)(?:"((?:[^"\\]|\\.)*)"|([^\s"}]*)))?|\S)/gy;
  let m: RegExpExecArray | null;
  while ((m = token.exec(attrs)) !== null) {
    if (m[1]) classes.add(m[1]);
    if (m[2] && m[3]) values.set(m[2], m[4] !== undefined ? unescapeValue(m[4]) : (m[5] ?? ''));
    if (token.lastIndex >= attrs.length) break;
  }
  const passage = values.get('passage');
  if (classes.has('underline') || classes.has('ul')) return { type: 'underline' };
  if (passage !== undefined && classes.has('quoted')) return { type: 'quoted', attrs: { passageId: passage } };
  if (passage !== undefined && classes.has('adapted')) return { type: 'adapted', attrs: { passageId: passage } };
  return null;
}
