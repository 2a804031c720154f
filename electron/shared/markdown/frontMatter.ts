import { isLineBreaking } from './citationSyntax';

// The document title travels as YAML front matter (`---\ntitle: "…"\n---`), which Pandoc reads as
// the title too. On the way in we also accept a Pandoc title block (`% Title`). Only `title` is read;
// other keys are ignored. The title is plain text: it is not Markdown-escaped, only YAML-quoted.

const YAML_ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b',
  ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029',
};

/** A YAML double-quoted scalar; everything YAML would fold or choke on is escaped. */
export function yamlQuote(value: string): string {
  let body = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    const code = c.charCodeAt(0);
    // A surrogate pair is one valid character and stays as it is; only lone halves are escaped.
    const pair = (code >= 0xd800 && code <= 0xdbff && /[\udc00-\udfff]/.test(value[i + 1] ?? '')) ||
      (code >= 0xdc00 && code <= 0xdfff && /[\ud800-\udbff]/.test(value[i - 1] ?? ''));
    if (c === '\\' || c === '"') body += `\\${c}`;
    else if (c === '\n') body += '\\n';
    else if (c === '\t') body += '\\t';
    else if (isLineBreaking(c) || code === 0xfeff || (code >= 0xd800 && code <= 0xdfff && !pair)) body += `\\u${code.toString(16).padStart(4, '0')}`;
    else body += c;
  }
  return `"${body}"`;
}

export function frontMatter(title: string): string {
  return `---\ntitle: ${yamlQuote(title)}\n---`;
}

/** Reads a title from the top of the lines; returns it and the index of the first body line. */
export function readTitle(lines: readonly string[]): { title: string | null; bodyStart: number } {
  const first = lines[0] ?? '';
  if (/^---[ \t]*$/.test(first)) {
    const end = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)[ \t]*$/.test(l));
    const inner = lines.slice(1, end);
    // A thematic break that happens to open the file is not front matter: YAML lines look like `key:`.
    if (end > 0 && inner.every((l) => /^([ \t]*$|[ \t]|#|-|[\w-]+[ \t]*:)/.test(l))) {
      return { title: yamlTitle(inner), bodyStart: end + 1 };
    }
  }
  if (first.startsWith('%')) {
    // Pandoc title block: `% title` (continued on indented lines), then `% author`, `% date`.
    let i = 1;
    let title = first.slice(1).trim();
    while (i < lines.length && /^[ \t]+\S/.test(lines[i]!)) title += ` ${lines[i++]!.trim()}`;
    while (i < lines.length && (lines[i]!.startsWith('%') || /^[ \t]+\S/.test(lines[i]!))) i++;
    return { title, bodyStart: i };
  }
  return { title: null, bodyStart: 0 };
}

function yamlTitle(lines: readonly string[]): string | null {
  const at = lines.findIndex((l) => /^title[ \t]*:/.test(l));
  if (at === -1) return null;
  const raw = lines[at]!.replace(/^title[ \t]*:/, '').trim();
  if (/^[|>][-+]?$/.test(raw)) {
    // Block scalar: the indented lines below, kept (|) or folded into one line (>).
    const body: string[] = [];
    for (let i = at + 1; i < lines.length && /^([ \t]+|$)/.test(lines[i]!); i++) body.push(lines[i]!.trim());
    return body.join(raw.startsWith('|') ? '\n' : ' ').trim();
  }
  if (raw.startsWith('"')) {
    const m = /^"((?:[^"\\]|\\.)*)"/.exec(raw);
    if (m) return unescapeDoubleQuoted(m[1]!);
  }
  if (raw.startsWith("'")) {
    const m = /^'((?:[^']|'')*)'/.exec(raw);
    if (m) return m[1]!.replace(/''/g, "'");
  }
  // A comment starts at ` #`; found with a one-character search, as /[ \t]+#.*$/ is quadratic on long runs of spaces.
  const comment = raw.search(/[ \t]#/);
  const plain = (comment === -1 ? raw : raw.slice(0, comment)).trim();
  return plain === '' || plain === '~' || plain === 'null' ? null : plain;
}

function unescapeDoubleQuoted(body: string): string {
  return body.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[\s\S])/g, (_m, e: string) => {
    if (e.length > 1) {
      const code = parseInt(e.slice(1), 16);
      // \u escapes are UTF-16 units here so that a lone surrogate written by yamlQuote comes back.
      return e[0] === 'U' ? (code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd') : String.fromCharCode(code);
    }
    return YAML_ESCAPES[e] ?? e;
  });
}
