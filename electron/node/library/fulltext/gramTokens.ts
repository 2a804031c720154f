/**
 * Index tokens for a folded text: every distinct character (unigrams) and every pair of adjacent characters
 * (bigrams), spelled as hex code units so that punctuation, digits, Latin and CJK all become plain
 * ASCII tokens the FTS5 tokenizer keeps as they are. Whitespace breaks bigrams.
 */
const HEX: string[] = [];

function hex(code: number): string {
  return (HEX[code] ??= code.toString(16));
}

export function tokenFor(unit: string): string {
  let out = 'x';
  for (let i = 0; i < unit.length; i++) out += hex(unit.charCodeAt(i));
  return out;
}

/** Stands where whitespace broke the text, so bigrams on either side are never adjacent positions. */
const BREAK = 'z';

export function gramTokens(folded: string): { uni: string; bi: string } {
  // Each character once: a one-character query needs only to know that it occurs, and repeats
  // would only grow the index.
  const uni = new Set<string>();
  const bi: string[] = [];
  for (let i = 0; i < folded.length; i++) {
    const ch = folded[i]!;
    if (/\s/.test(ch)) {
      if (bi.length > 0 && bi[bi.length - 1] !== BREAK) bi.push(BREAK);
      continue;
    }
    uni.add(tokenFor(ch));
    const next = folded[i + 1];
    if (next !== undefined && !/\s/.test(next)) bi.push(tokenFor(ch + next));
  }
  return { uni: [...uni].join(' '), bi: bi.join(' ') };
}

/**
 * The FTS5 expression that finds a folded string as a substring: its bigrams as one phrase
 * (consecutive positions), or its single character. A string with spaces becomes one such phrase
 * per part; the caller checks the whole string.
 */
export function substringMatch(folded: string): string | null {
  const parts = folded.split(/\s+/).filter(Boolean);
  if (parts.length === 0) return null;
  return parts
    .map((part) => {
      if (part.length === 1) return `uni : ${tokenFor(part)}`;
      const grams: string[] = [];
      for (let i = 0; i + 1 < part.length; i++) grams.push(tokenFor(part.slice(i, i + 2)));
      // Must occur in the text; the second clause lets a heading that also has it raise the score.
      const phrase = `"${grams.join(' ')}"`;
      return `(bi : ${phrase} AND {bi hbi} : ${phrase})`;
    })
    .join(' AND ');
}
