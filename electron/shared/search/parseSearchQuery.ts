import { foldSearchKey } from './foldSearchKey';

export interface SearchTerm {
  /** As typed, without quotes or the leading minus. */
  raw: string;
  /** The search key of `raw` (foldSearchKey): what is looked for in the passages' keys. */
  folded: string;
  /** It was quoted, so it may contain spaces. */
  phrase: boolean;
}

export interface SearchQuery {
  /** Every one of these must occur (AND). */
  include: SearchTerm[];
  /** None of these may occur. */
  exclude: SearchTerm[];
}

/** Opening quote → closing quote. Full-width ＂ is the IME's straight quote. */
const QUOTES: Record<string, string> = { '"': '"', '＂': '＂', '“': '”', '「': '」', '『': '』' };
const MINUS = new Set(['-', '－']);

function isSpace(ch: string | undefined): boolean {
  // \s covers the ideographic space U+3000 a Chinese IME types.
  return ch !== undefined && /\s/.test(ch);
}

/**
 * Parses what a user types into the search box. Words separated by spaces (half- or full-width)
 * must all occur; "quoted phrases" (straight, full-width or Chinese quotes) keep their spaces;
 * a leading - or － excludes the word or phrase.
 *
 * It never rejects input: a lone "-" is searched for as itself, a quote only counts as one when it
 * opens a word and its closing quote ends one (so pasted text like “千万工程”经验 is searched for
 * literally), and an unclosed quote runs to the end (so results keep up while a phrase is typed).
 */
export function parseSearchQuery(input: string): SearchQuery {
  const query: SearchQuery = { include: [], exclude: [] };
  let i = 0;
  while (i < input.length) {
    if (isSpace(input[i])) {
      i++;
      continue;
    }
    let exclude = false;
    if (MINUS.has(input[i]!) && i + 1 < input.length && !isSpace(input[i + 1])) {
      exclude = true;
      i++;
    }
    const start = i;
    const close = QUOTES[input[i]!];
    let raw: string | null = null;
    let phrase = false;
    if (close) {
      let end = input.indexOf(close, i + 1);
      while (end !== -1 && end + 1 < input.length && !isSpace(input[end + 1])) end = input.indexOf(close, end + 1);
      if (end === -1) {
        const rest = input.slice(i + 1);
        // An unclosed quote is a phrase being typed, unless it is the last word glued to other text.
        if (!rest.includes(close)) {
          raw = rest;
          phrase = true;
          i = input.length;
        }
      } else {
        raw = input.slice(i + 1, end);
        phrase = true;
        i = end + 1;
      }
    }
    if (raw === null) {
      i = start;
      while (i < input.length && !isSpace(input[i])) i++;
      raw = input.slice(start, i);
    }
    const folded = foldSearchKey(raw);
    if (folded.trim() === '') continue;
    (exclude ? query.exclude : query.include).push({ raw, folded, phrase });
  }
  return query;
}
