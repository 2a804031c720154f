// 字数 as WPS and Word report it for Chinese documents: every CJK character is one, every run of
// Latin letters or digits (a word or a number such as 3.14 or 1,000) is one. Punctuation is not part
// of 字数; it is counted separately because writers are asked for both.

export interface WordCount {
  /** 字数: CJK characters + non-CJK words. */
  words: number;
  cjkChars: number;
  nonCjkWords: number;
  punctuation: number;
  charsWithSpaces: number;
  charsWithoutSpaces: number;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3007]/u;
// A non-CJK word: letters/digits, allowing joiners inside (don't, e-mail, 3.14, 1,000, 10:30).
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const JOINER = /['’.,:\-_]/u;
const PUNCT = /[\p{P}\p{S}]/u;
const SPACE = /\s/u;

const enum Kind {
  Unknown = 0,
  Cjk,
  Word,
  Joiner,
  Space,
  Punct,
  Other,
}

function kindOf(ch: string): Kind {
  if (CJK.test(ch)) return Kind.Cjk;
  if (WORD_CHAR.test(ch)) return Kind.Word;
  if (JOINER.test(ch)) return Kind.Joiner;
  if (SPACE.test(ch)) return Kind.Space;
  if (PUNCT.test(ch)) return Kind.Punct;
  return Kind.Other;
}

// The kind of each BMP code unit, found by the regular expressions once and then looked up: counting
// a 100,000-character draft runs on every save and after every pause in typing.
const bmpKinds = new Uint8Array(0x10000);

export function countWords(text: string): WordCount {
  let cjkChars = 0;
  let nonCjkWords = 0;
  let punctuation = 0;
  let charsWithSpaces = 0;
  let spaces = 0;
  let inWord = false;

  const chars = Array.from(text);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    charsWithSpaces++;
    let kind: Kind;
    if (ch.length === 1) {
      const code = ch.charCodeAt(0);
      kind = bmpKinds[code]! as Kind;
      if (kind === Kind.Unknown) bmpKinds[code] = kind = kindOf(ch);
    } else kind = kindOf(ch);
    if (kind === Kind.Cjk) {
      cjkChars++;
      inWord = false;
    } else if (kind === Kind.Word) {
      if (!inWord) nonCjkWords++;
      inWord = true;
    } else if (inWord && kind === Kind.Joiner && i + 1 < chars.length && isWordContinuation(ch, chars[i - 1]!, chars[i + 1]!)) {
      // stays inside the current word
    } else {
      inWord = false;
      if (kind === Kind.Space) spaces++;
      else if (kind === Kind.Punct || (kind === Kind.Joiner && PUNCT.test(ch))) punctuation++;
    }
  }
  return {
    words: cjkChars + nonCjkWords,
    cjkChars,
    nonCjkWords,
    punctuation,
    charsWithSpaces,
    charsWithoutSpaces: charsWithSpaces - spaces,
  };
}

function isWordContinuation(joiner: string, prev: string, next: string): boolean {
  const bothDigits = /\p{N}/u.test(prev) && /\p{N}/u.test(next);
  const bothLetters = /\p{L}/u.test(prev) && /\p{L}/u.test(next) && !CJK.test(next) && !CJK.test(prev);
  if (joiner === '.' || joiner === ',' || joiner === ':') return bothDigits;
  return bothLetters || bothDigits;
}
