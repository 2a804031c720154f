/** What is wrong with a syntax error in a find-bar regular expression; the UI words each one. */
export type RegexSyntaxReason =
  | 'missingBracket'
  | 'missingParen'
  | 'unexpectedParen'
  | 'nothingToRepeat'
  | 'nestedRepeat'
  | 'badRepeat'
  | 'badEscape'
  | 'badRange'
  | 'trailingBackslash'
  | 'badGroupName'
  | 'badGroup'
  | 'captureInLookbehind';

/**
 * Why a find query cannot run, as a code (the find bar turns it into words in the user's language):
 * a syntax error (with the offending part of the pattern when the engine names it), a construct
 * the linear-time engine cannot run, a pattern whose search would stall the page, or one that can
 * match nothing at all (a*, x|): it would find an empty match at every character.
 */
export type FindError =
  | { code: 'regexSyntax'; reason: RegexSyntaxReason; detail?: string }
  | { code: 'regexUnsupported'; feature: 'backreference' | 'lookahead' }
  | { code: 'regexTooComplex' }
  | { code: 'regexMatchesEmpty' };
