// 字数 and 字符数 as Word and WPS report them for Chinese documents (Word's 字数统计: 字数 =
// 中文字符和朝鲜语单词 + 非中文单词): every CJK character and every full-width punctuation mark
// （，。、；：？！“”‘’（）《》——……）is one 字, every run of Latin letters or digits (a word or a number
// such as 3.14 or 1,000) is one word; half-width punctuation is in no word of its own. 字符数 counts
// every character, without or with spaces; paragraph marks are not characters.

export interface WordCount {
  /** 字数: CJK characters + full-width punctuation + non-CJK words. */
  words: number;
  cjkChars: number;
  /** Full-width punctuation marks: each one 字 in Word and WPS. */
  fullWidthPunctuation: number;
  nonCjkWords: number;
  /** All punctuation, full-width and half-width. */
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

// Full-width punctuation: CJK symbols and punctuation, full-width forms, the vertical and compatibility
// forms. Curly quotes, the dash and the ellipsis are shared with Western text: full-width (one 字) next
// to Chinese, half-width inside Latin text.
const FULL_WIDTH = /[\u3001-\u3006\u3008-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\ufe10-\ufe19\ufe30-\ufe6f]/u;
const AMBIGUOUS = /[\u2014\u2015\u2018\u2019\u201c\u201d\u2026\u00b7]/u;

const enum Kind {
  Unknown = 0,
  Cjk,
  Word,
  Joiner,
  Space,
  Punct,
  FullWidth,
  Ambiguous,
  Other,
}

function kindOf(ch: string): Kind {
  if (CJK.test(ch)) return Kind.Cjk;
  if (FULL_WIDTH.test(ch)) return Kind.FullWidth;
  if (AMBIGUOUS.test(ch)) return Kind.Ambiguous;
  if (WORD_CHAR.test(ch)) return Kind.Word;
  if (JOINER.test(ch)) return Kind.Joiner;
  if (SPACE.test(ch)) return Kind.Space;
  if (PUNCT.test(ch)) return Kind.Punct;
  return Kind.Other;
}

// The kind of each BMP code unit, found by the regular expressions once and then looked up: counting
// a 100,000-character draft runs on every save and after every pause in typing.
const bmpKinds = new Uint8Array(0x10000);

function kindAt(chars: readonly string[], i: number): Kind {
  const ch = chars[i]!;
  if (ch.length !== 1) return kindOf(ch);
  const code = ch.charCodeAt(0);
  let kind = bmpKinds[code]! as Kind;
  if (kind === Kind.Unknown) bmpKinds[code] = kind = kindOf(ch);
  return kind;
}

/** A curly quote, dash or ellipsis is full-width when the nearest non-space character either side is Chinese. */
function ambiguousIsFullWidth(chars: readonly string[], i: number): boolean {
  for (const step of [-1, 1]) {
    for (let j = i + step; j >= 0 && j < chars.length; j += step) {
      const k = kindAt(chars, j);
      if (k === Kind.Ambiguous) continue;
      if (k === Kind.Cjk || k === Kind.FullWidth) return true;
      break;
    }
  }
  return false;
}

export function countWords(text: string): WordCount {
  let cjkChars = 0;
  let fullWidthPunctuation = 0;
  let nonCjkWords = 0;
  let punctuation = 0;
  let charsWithSpaces = 0;
  let spaces = 0;
  let inWord = false;

  const chars = Array.from(text);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    charsWithSpaces++;
    const kind = kindAt(chars, i);
    if (kind === Kind.Cjk) {
      cjkChars++;
      inWord = false;
    } else if (kind === Kind.FullWidth || (kind === Kind.Ambiguous && ambiguousIsFullWidth(chars, i))) {
      fullWidthPunctuation++;
      punctuation++;
      inWord = false;
    } else if (kind === Kind.Word) {
      if (!inWord) nonCjkWords++;
      inWord = true;
    } else if (inWord && kind === Kind.Joiner && i + 1 < chars.length && isWordContinuation(ch, chars[i - 1]!, chars[i + 1]!)) {
      // stays inside the current word
    } else {
      inWord = false;
      if (kind === Kind.Space) spaces++;
      else if (kind === Kind.Punct || kind === Kind.Ambiguous || (kind === Kind.Joiner && PUNCT.test(ch))) punctuation++;
    }
  }
  return {
    words: cjkChars + fullWidthPunctuation + nonCjkWords,
    cjkChars,
    fullWidthPunctuation,
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
