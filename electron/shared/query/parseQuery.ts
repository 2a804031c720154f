import { foldForIndex } from '../text/foldForIndex';

export interface ParsedQuery {
  /** Folded strings that must all occur (a quoted phrase is one of them, spaces kept). */
  include: string[];
  /** Folded strings that must not occur. */
  exclude: string[];
  /** The words as typed (unfolded), for highlighting. */
  highlight: string[];
}

const QUOTES: Record<string, string> = { '"': '"', '“': '”', '「': '」', '『': '』' };

/**
 * A search box query: words separated by spaces (full-width too) must all occur; "quoted phrases"
 * (straight or Chinese quotes) are kept whole; -word excludes. A lone "-" or an unclosed quote is
 * taken literally, so any typed string still finds the passages that contain it.
 */
export function parseQuery(input: string): ParsedQuery {
  const include: string[] = [];
  const exclude: string[] = [];
  const highlight: string[] = [];
  const s = input.replace(/\u3000/g, ' ');
  let i = 0;
  while (i < s.length) {
    if (/\s/.test(s[i]!)) {
      i++;
      continue;
    }
    let negative = false;
    if (s[i] === '-' && i + 1 < s.length && !/\s/.test(s[i + 1]!)) {
      negative = true;
      i++;
    }
    let term: string;
    const close = QUOTES[s[i]!];
    const end = close ? s.indexOf(close, i + 1) : -1;
    if (close && end > i + 1) {
      term = s.slice(i + 1, end);
      i = end + 1;
    } else {
      let j = i;
      while (j < s.length && !/\s/.test(s[j]!)) j++;
      term = s.slice(i, j);
      i = j;
    }
    const folded = foldForIndex(term);
    if (!folded.trim()) continue;
    if (negative) exclude.push(folded);
    else {
      include.push(folded);
      highlight.push(term);
    }
  }
  return { include, exclude, highlight };
}
