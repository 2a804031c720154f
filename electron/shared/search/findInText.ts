import type { CompileFindRegex } from './compileFindRegex';
import { dropIgnored, spanInText } from './dropIgnored';
import type { FindError } from './findError';
import { foldWithTable } from './foldWithTable';

export interface FindOptions {
  /** A and a differ. */
  matchCase: boolean;
  /** Ａ and A, ， and , differ. */
  matchWidth: boolean;
  /** The query is a regular expression (JavaScript syntax, run by RE2 on the text as written, case-insensitive unless matchCase). */
  regex: boolean;
}

export interface TextMatch {
  start: number;
  end: number;
  /** Capture groups of a regular-expression match, for $1 … in the replacement. */
  groups?: Array<string | undefined>;
}

export type FindResult = { ok: true; matches: TextMatch[] } | { ok: false; error: FindError };

/** What a search needs: the search fold table and the regular-expression compiler, both loaded on demand in the renderer. */
export interface FindTools {
  fold: Uint16Array;
  compileRegex: CompileFindRegex;
}

/** A query ready to run over many texts (the blocks of a document). */
export type Finder = { ok: true; find(text: string): TextMatch[] } | { ok: false; error: FindError };

// A regular expression may match the empty string everywhere; a document yields at most this many.
const MAX_MATCHES = 10_000;
// RE2 works at most (program size + a per-character cost) for each character searched: measured
// about 25 ns a unit here, so past this many units a search (which re-runs on every edit while the
// bar is open) would stall the page for about a quarter of a second, and the pattern is refused as
// too complex for this document instead.
export const MAX_REGEX_WORK = 10_000_000;
const REGEX_CHAR_COST = 16;

const isFullWidth = (code: number) => (code >= 0xff01 && code <= 0xff5e) || code === 0x3000;
const caseOf = (ch: string) => (ch !== ch.toLowerCase() ? 1 : ch !== ch.toUpperCase() ? 2 : 0);

/**
 * Where `query` occurs in `text`. Plain queries are Chinese-aware: traditional and simplified forms,
 * full and half width, upper and lower case all match alike (the search fold, which keeps offsets),
 * unless matchCase / matchWidth ask for the exact case or width. Empty queries find nothing.
 * Regular expressions run on RE2 (compileFindRegex). `tools` are passed in because the renderer
 * loads both on demand (loadSearchFoldTable, loadFindRegex).
 */
export function findInText(text: string, query: string, options: FindOptions, tools: FindTools): FindResult {
  const finder = createFinder(query, options, tools, text.length);
  return finder.ok ? { ok: true, matches: finder.find(text) } : finder;
}

/** findInText for texts of `textLength` characters in all; a regular expression too costly for that much text is refused. */
export function createFinder(query: string, options: FindOptions, tools: FindTools, textLength: number): Finder {
  if (!query) return { ok: true, find: () => [] };
  if (options.regex) {
    const compiled = tools.compileRegex(query, options.matchCase);
    if (!compiled.ok) return compiled;
    const { regex } = compiled;
    if ((regex.programSize + REGEX_CHAR_COST) * textLength > MAX_REGEX_WORK) return { ok: false, error: { code: 'regexTooComplex' } };
    return { ok: true, find: (text) => regex.matchAll(text, MAX_MATCHES) };
  }
  // Invisible characters (a zero-width space pasted in with the text) are searched past, in the
  // query and in the text; a match's span in the text takes in those inside it.
  const folded = dropIgnored(foldWithTable(query, tools.fold));
  if (!folded.key) return { ok: true, find: () => [] };
  return { ok: true, find: (text) => findFolded(text, dropIgnored(foldWithTable(text, tools.fold)), query, folded, options) };
}

type Key = ReturnType<typeof dropIgnored>;

function findFolded(text: string, inText: Key, query: string, inQuery: Key, options: FindOptions): TextMatch[] {
  const matches: TextMatch[] = [];
  const length = inQuery.key.length;
  let from = 0;
  while (matches.length < MAX_MATCHES) {
    const at = inText.key.indexOf(inQuery.key, from);
    if (at < 0) break;
    if (exactEnough(text, inText, at, query, inQuery, options)) {
      const [start, end] = spanInText(inText.from, at, length);
      matches.push({ start, end });
      from = at + length;
    } else {
      from = at + 1;
    }
  }
  return matches;
}

function exactEnough(text: string, inText: Key, at: number, query: string, inQuery: Key, options: FindOptions): boolean {
  if (!options.matchCase && !options.matchWidth) return true;
  for (let i = 0; i < inQuery.key.length; i++) {
    const a = text[inText.from ? inText.from[at + i]! : at + i]!;
    const b = query[inQuery.from ? inQuery.from[i]! : i]!;
    if (options.matchCase && caseOf(a) !== caseOf(b)) return false;
    if (options.matchWidth && isFullWidth(a.charCodeAt(0)) !== isFullWidth(b.charCodeAt(0))) return false;
  }
  return true;
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
