import { RE2JS, RE2JSSyntaxException } from 're2js';
import type { FindError, RegexSyntaxReason } from './findError';
import { jsRegexToRe2 } from './jsRegexToRe2';

export interface RegexMatch {
  start: number;
  end: number;
  groups: Array<string | undefined>;
}

export interface FindRegex {
  /** Instructions in the compiled program: the work per character of text searched. */
  programSize: number;
  /** Non-empty matches, in order, at most `max`. Offsets are UTF-16, as in the text. */
  matchAll(text: string, max: number): RegexMatch[];
}

export type CompileFindRegex = (pattern: string, matchCase: boolean) => { ok: true; regex: FindRegex } | { ok: false; error: FindError };

const REASONS: Record<string, RegexSyntaxReason> = {
  'missing closing ]': 'missingBracket',
  'missing closing )': 'missingParen',
  'unexpected )': 'unexpectedParen',
  'missing argument to repetition operator': 'nothingToRepeat',
  'invalid nested repetition operator': 'nestedRepeat',
  'invalid escape sequence': 'badEscape',
  'invalid character class range': 'badRange',
  'trailing backslash at end of expression': 'trailingBackslash',
  'invalid named capture': 'badGroupName',
  'duplicate capture group name': 'badGroupName',
  'invalid or unsupported Perl syntax': 'badGroup',
  'invalid capture in lookbehind': 'captureInLookbehind',
};
const TOO_COMPLEX = new Set(['expression too large', 'expression nests too deeply']);
/** Reasons whose detail is the offending piece; for the others RE2 gives the whole pattern, which says nothing new. */
const WITH_DETAIL = new Set<RegexSyntaxReason>(['badRepeat', 'badEscape', 'badRange', 'badGroupName', 'badGroup']);

/**
 * A find-bar regular expression on RE2 (re2js): matching takes time linear in the text, so no
 * pattern can freeze the page the way (a+)+b did with JavaScript's backtracking engine (9 s a
 * keystroke over 30 a's). Patterns are read as JavaScript ones (jsRegexToRe2); lookbehind works,
 * backreferences and lookahead are refused by name; case-insensitive unless matchCase.
 * Loaded on demand in the renderer (loadFindRegex): re2js is ~100 KB.
 */
export const compileFindRegex: CompileFindRegex = (pattern, matchCase) => {
  const translated = jsRegexToRe2(pattern);
  if (!translated.ok) return translated;
  let re: RE2JS;
  try {
    re = RE2JS.compile(translated.source, RE2JS.LOOKBEHINDS | (matchCase ? 0 : RE2JS.CASE_INSENSITIVE));
  } catch (err) {
    return { ok: false, error: syntaxError(err) };
  }
  // A pattern that can match the empty string (a*, x?, x|) matches it at every character: its search
  // restarts a character on each time, quadratic in the text ((.* a|) took 3.6 s over 12,000 characters),
  // and finds nothing visible. The writer is told to make it match at least one character.
  if (re.matches('')) return { ok: false, error: { code: 'regexMatchesEmpty' } };
  const groupCount = re.groupCount();
  return {
    ok: true,
    regex: {
      programSize: re.programSize(),
      matchAll(text, max) {
        const found: RegexMatch[] = [];
        const m = re.matcher(text);
        while (found.length < max && m.find()) {
          // An empty match replaces nothing visible and would select nothing: skip it.
          if (m.end() === m.start()) continue;
          const groups: Array<string | undefined> = [];
          for (let g = 1; g <= groupCount; g++) groups.push(m.group(g) ?? undefined);
          found.push({ start: m.start(), end: m.end(), groups });
        }
        return found;
      },
    },
  };
};

function syntaxError(err: unknown): FindError {
  if (!(err instanceof RE2JSSyntaxException)) return { code: 'regexTooComplex' };
  const description = err.getDescription();
  const detail = err.getPattern() ?? undefined;
  if (TOO_COMPLEX.has(description)) return { code: 'regexTooComplex' };
  if (description === 'invalid repeat count') {
    // {5,2} is a mistake; {1001} or repeats nested past 1000 are more than RE2 will unroll.
    const bounds = /\{(\d+),(\d+)\}$/.exec(detail ?? '');
    return bounds && Number(bounds[1]) > Number(bounds[2]) ? { code: 'regexSyntax', reason: 'badRepeat', detail } : { code: 'regexTooComplex' };
  }
  const reason = REASONS[description] ?? 'badGroup';
  return detail !== undefined && WITH_DETAIL.has(reason) ? { code: 'regexSyntax', reason, detail } : { code: 'regexSyntax', reason };
}
