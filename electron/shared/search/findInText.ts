import { foldWithTable } from './foldWithTable';

export interface FindOptions {
  /** A and a differ. */
  matchCase: boolean;
  /** Ａ and A, ， and , differ. */
  matchWidth: boolean;
  /** The query is a JavaScript regular expression (run on the text as written, `i` unless matchCase). */
  regex: boolean;
}

export interface TextMatch {
  start: number;
  end: number;
  /** Capture groups of a regular-expression match, for $1 … in the replacement. */
  groups?: Array<string | undefined>;
}

export type FindResult = { ok: true; matches: TextMatch[] } | { ok: false; error: string };

// A regular expression may match the empty string everywhere; a document yields at most this many.
const MAX_MATCHES = 10_000;

const isFullWidth = (code: number) => (code >= 0xff01 && code <= 0xff5e) || code === 0x3000;
const caseOf = (ch: string) => (ch !== ch.toLowerCase() ? 1 : ch !== ch.toUpperCase() ? 2 : 0);

/**
 * Where `query` occurs in `text`. Plain queries are Chinese-aware: traditional and simplified forms,
 * full and half width, upper and lower case all match alike (the search fold, which keeps offsets),
 * unless matchCase / matchWidth ask for the exact case or width. Empty queries find nothing.
 * `fold` is searchFoldTable(), passed in because the renderer loads it on demand (loadSearchFoldTable).
 */
export function findInText(text: string, query: string, options: FindOptions, fold: Uint16Array): FindResult {
  if (!query) return { ok: true, matches: [] };
  if (options.regex) return findRegex(text, query, options.matchCase);
  const foldedText = foldWithTable(text, fold);
  const foldedQuery = foldWithTable(query, fold);
  const matches: TextMatch[] = [];
  let from = 0;
  while (matches.length < MAX_MATCHES) {
    const at = foldedText.indexOf(foldedQuery, from);
    if (at < 0) break;
    if (exactEnough(text, at, query, options)) {
      matches.push({ start: at, end: at + query.length });
      from = at + query.length;
    } else {
      from = at + 1;
    }
  }
  return { ok: true, matches };
}

function exactEnough(text: string, at: number, query: string, options: FindOptions): boolean {
  if (!options.matchCase && !options.matchWidth) return true;
  for (let i = 0; i < query.length; i++) {
    const a = text[at + i]!;
    const b = query[i]!;
    if (options.matchCase && caseOf(a) !== caseOf(b)) return false;
    if (options.matchWidth && isFullWidth(a.charCodeAt(0)) !== isFullWidth(b.charCodeAt(0))) return false;
  }
  return true;
}

function findRegex(text: string, pattern: string, matchCase: boolean): FindResult {
  let re: RegExp;
  try {
    re = new RegExp(pattern, matchCase ? 'gu' : 'giu');
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
  const matches: TextMatch[] = [];
  for (const m of text.matchAll(re)) {
    // An empty match replaces nothing visible and would select nothing: skip it.
    if (m[0].length === 0) continue;
    matches.push({ start: m.index, end: m.index + m[0].length, groups: m.slice(1) });
    if (matches.length >= MAX_MATCHES) break;
  }
  return { ok: true, matches };
}

/** The replacement for one match: with a regular expression, $1 … $99, $& and $$ as in String.replace. */
export function expandReplacement(replacement: string, matched: string, match: TextMatch): string {
  if (!match.groups) return replacement;
  const groups = match.groups;
  return replacement.replace(/\$(\$|&|\d{1,2})/g, (whole, token: string) => {
    if (token === '$') return '$';
    if (token === '&') return matched;
    const n = Number(token);
    if (n >= 1 && n <= groups.length) return groups[n - 1] ?? '';
    return whole;
  });
}
