import type { FindError } from './findError';

// What JavaScript's \s matches (the Unicode spaces, U+3000 among them); RE2's \s is ASCII only, and
// Chinese text is full of ideographic spaces.
const JS_SPACE = '\\t\\n\\x{0B}\\f\\r \\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}';
const JS_NON_SPACE =
  '\\x{0}-\\x{8}\\x{E}-\\x{1F}\\x{21}-\\x{9F}\\x{A1}-\\x{167F}\\x{1681}-\\x{1FFF}\\x{200B}-\\x{2027}\\x{202A}-\\x{202E}\\x{2030}-\\x{205E}\\x{2060}-\\x{2FFF}\\x{3001}-\\x{FEFE}\\x{FF00}-\\x{10FFFF}';
const ANY = '\\x{0}-\\x{10FFFF}';

/**
 * A pattern written for JavaScript (what people copy from the web: `[\u4e00-\u9fa5]`, `\s`,
 * `\p{Script=Han}`) in RE2's syntax, which spells some of it differently. Backreferences and
 * lookahead have no RE2 form: they are refused here, by name, before the engine gives a vaguer error.
 */
export function jsRegexToRe2(pattern: string): { ok: true; source: string } | { ok: false; error: FindError } {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      const next = pattern[i + 1];
      if (next === undefined) {
        out += c;
        continue;
      }
      if (!inClass && (/[1-9]/.test(next) || (next === 'k' && pattern[i + 2] === '<'))) return { ok: false, error: { code: 'regexUnsupported', feature: 'backreference' } };
      const escape = translateEscape(pattern, i, inClass);
      out += escape.text;
      i = escape.end - 1;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      out += c;
      continue;
    }
    if (c === '(' && (pattern.startsWith('(?=', i) || pattern.startsWith('(?!', i))) return { ok: false, error: { code: 'regexUnsupported', feature: 'lookahead' } };
    if (c === '[') {
      // JavaScript's [] matches nothing and [^] anything; RE2 would read the ] as a member.
      const negated = pattern[i + 1] === '^';
      const first = i + (negated ? 2 : 1);
      if (pattern[first] === ']') {
        out += negated ? `[${ANY}]` : `[^${ANY}]`;
        i = first;
        continue;
      }
      inClass = true;
      out += negated ? '[^' : '[';
      i = first - 1;
      continue;
    }
    out += c;
  }
  return { ok: true, source: out };
}

/** The escape starting at `at` (a backslash) in RE2 syntax, and where it ends. */
function translateEscape(pattern: string, at: number, inClass: boolean): { text: string; end: number } {
  const next = pattern[at + 1]!;
  if (next === 'u') {
    const braced = /^\{([0-9a-fA-F]{1,6})\}/.exec(pattern.slice(at + 2, at + 10));
    if (braced) return { text: `\\x{${braced[1]}}`, end: at + 2 + braced[0].length };
    const four = /^[0-9a-fA-F]{4}/.exec(pattern.slice(at + 2, at + 6));
    if (four) return { text: `\\x{${four[0]}}`, end: at + 6 };
  }
  if (next === 's') return { text: inClass ? JS_SPACE : `[${JS_SPACE}]`, end: at + 2 };
  if (next === 'S') return { text: inClass ? JS_NON_SPACE : `[${JS_NON_SPACE}]`, end: at + 2 };
  if (next === 'c' && /[A-Za-z]/.test(pattern[at + 2] ?? '')) return { text: `\\x{${(pattern.charCodeAt(at + 2) % 32).toString(16)}}`, end: at + 3 };
  if (next === '0' && !/[0-9]/.test(pattern[at + 2] ?? '')) return { text: '\\x{0}', end: at + 2 };
  if (next === 'p' || next === 'P') {
    // \p{Script=Han}, \p{sc=Han}, \p{gc=L} → \p{Han}, \p{L}.
    const property = /^\{(?:(?:Script|sc|Script_Extensions|scx|General_Category|gc)=)?([A-Za-z_]+)\}/.exec(pattern.slice(at + 2, at + 40));
    if (property) return { text: `\\${next}{${property[1]}}`, end: at + 2 + property[0].length };
  }
  return { text: `\\${next}`, end: at + 2 };
}
