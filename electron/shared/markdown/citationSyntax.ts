import type { CitationKind } from '../doc/docTypes';

// Pandoc citation syntax for our three kinds: quote `[@ID]`, adaptation `[@ID, 改写]`, see-also
// `[参见 @ID]`. Pandoc itself reads all three as ordinary citations, with 参见 as prefix and 改写 as
// suffix, so a document exported here still builds a bibliography with pandoc --citeproc.

export const ADAPTATION_SUFFIX = '改写';
export const SEE_ALSO_PREFIX = '参见';
/** A statement quoted inside the passage is cited (a 转引 unless the original is in the library): `[@ID, 转引“……”]`. */
export const SECONDARY_SUFFIX = '转引';

export interface ParsedCitation {
  passageId: string;
  kind: CitationKind;
  citedOn?: string;
  statement?: string;
}

/** A key Pandoc reads without braces: starts with a letter, digit or _, inner punctuation only between such characters. */
const PLAIN_KEY = /[\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&+?<>~/-](?=[\p{L}\p{N}_]))*/uy;
const OUR_PLAIN_KEY = /^[A-Za-z0-9_]+(?:-[A-Za-z0-9_]+)*$/;

/** The 引用日期 travels in the suffix, as Pandoc allows free text there: `[@ID, 改写, 2026-11-22]`. */
export function citationToMarkdown(passageId: string, kind: CitationKind, citedOn?: string | null, statement?: string | null): string {
  const quoted = statement ? `${SECONDARY_SUFFIX}“${escapeValue(statement).replace(/”/g, '\\”')}”` : null;
  const suffix = [kind === 'adaptation' ? ADAPTATION_SUFFIX : null, citedOn ?? null, quoted].filter(Boolean).join(', ');
  const prefix = kind === 'seeAlso' ? `${SEE_ALSO_PREFIX} ` : '';
  // Ids outside Pandoc's bare-key rules (a trailing or doubled hyphen, say) use its braced form @{…}.
  const key = OUR_PLAIN_KEY.test(passageId) ? passageId : `{${escapeValue(passageId)}}`;
  return `[${prefix}@${key}${suffix ? `, ${suffix}` : ''}]`;
}

/**
 * The citations in the inside of a `[...]`, or null when it is not a Pandoc citation group. Every
 * `;`-separated item must hold one key; 参见/see in the prefix makes a see-also, 改写 in the suffix an
 * adaptation, a YYYY-MM-DD in the suffix the 引用日期; other prefixes and locators are dropped.
 */
export function parseCitationGroup(inside: string): ParsedCitation[] | null {
  const out: ParsedCitation[] = [];
  for (const item of splitItems(inside)) {
    const c = parseItem(item);
    if (!c) return null;
    out.push(c);
  }
  return out.length > 0 ? out : null;
}

function parseItem(item: string): ParsedCitation | null {
  for (let i = 0; i < item.length; i++) {
    if (item[i] === '\\') {
      i++;
      continue;
    }
    // Pandoc: the @ may not follow a word character (that would be an e-mail address).
    if (item[i] !== '@' || (i > 0 && /[A-Za-z0-9]/.test(item[i - 1]!))) continue;
    const key = readKey(item, i + 1);
    if (!key) return null;
    const prefix = item.slice(0, i).replace(/-$/, '').trim();
    const suffix = item.slice(key.end);
    const statementMatch = new RegExp(`${SECONDARY_SUFFIX}“((?:\\\\[\\s\\S]|[^”\\\\])*)”`).exec(suffix);
    const statement = statementMatch ? unescapeValue(statementMatch[1]!) : undefined;
    const rest = statementMatch ? suffix.replace(statementMatch[0], '') : suffix;
    const kind: CitationKind = /参见|参看|^见$|\bsee\b|\bcf\b/i.test(prefix) ? 'seeAlso' : rest.includes(ADAPTATION_SUFFIX) ? 'adaptation' : 'quote';
    const citedOn = /(?:^|\D)(\d{4}-\d{2}-\d{2})(?!\d)/.exec(rest)?.[1];
    return { passageId: key.value, kind, ...(citedOn ? { citedOn } : {}), ...(statement ? { statement } : {}) };
  }
  return null;
}

function readKey(s: string, from: number): { value: string; end: number } | null {
  if (s[from] === '{') {
    for (let i = from + 1; i < s.length; i++) {
      if (s[i] === '\\') i++;
      else if (s[i] === '}') return { value: unescapeValue(s.slice(from + 1, i)), end: i + 1 };
    }
    return null;
  }
  PLAIN_KEY.lastIndex = from;
  const m = PLAIN_KEY.exec(s);
  return m ? { value: m[0], end: from + m[0].length } : null;
}

/** Splits on `;` outside braces and escapes. */
function splitItems(s: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') i++;
    else if (c === '{') depth++;
    else if (c === '}') depth = Math.max(0, depth - 1);
    else if (c === ';' && depth === 0) {
      items.push(s.slice(start, i));
      start = i + 1;
    }
  }
  items.push(s.slice(start));
  return items;
}

/**
 * A value inside `@{…}` or an attribute's quotes: what could end the construct early (brackets,
 * braces, `;`, `"`) and the escape characters themselves are backslash-escaped, and control
 * characters become entities, so a value never breaks a line.
 */
export function escapeValue(value: string): string {
  return Array.from(value, (c) => (/[\\{}[\];"&]/.test(c) ? `\\${c}` : isLineBreaking(c) ? `&#${c.charCodeAt(0)};` : c)).join('');
}

/** Control characters and the Unicode line separators: none may appear raw inside one Markdown line. */
export function isLineBreaking(c: string): boolean {
  const n = c.charCodeAt(0);
  return n < 0x20 || n === 0x7f || n === 0x85 || n === 0x2028 || n === 0x2029;
}

export function unescapeValue(raw: string): string {
  return raw.replace(/\\([\s\S])|&#(\d{1,7});/g, (_m, escaped: string | undefined, code: string | undefined) => {
    if (escaped !== undefined) return escaped;
    const n = Number(code);
    return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '\ufffd';
  });
}
