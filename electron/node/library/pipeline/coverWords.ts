/** What may stand between the words of a menu: spaces, bars, dots, brackets, arrows, colons. */
const SEPARATOR = /[\s|｜/／\\·•・、,，:：;；【】[\]()（）<>《》〈〉「」『』\-—–_~～>›»＞←→↑↓丨▏┃◆◇●○■□★☆▶▷►◀◁▸▪.。]/;
const MAX_WORD = 8;

/**
 * The words of `lexicon` a line is made of, when it is made of nothing else (separators between them
 * allowed, in any amount, or none at all: menus copied from a page often lose their spaces); null when
 * some part of the line is not a lexicon word. The fewest words win, so "新闻中心" is one word, not
 * 新闻 + 中心. Latin is compared in lower case.
 */
export function coverWords(line: string, lexicon: Set<string>): string[] | null {
  const s = line.toLowerCase();
  const n = s.length;
  // best[i]: fewest words covering s[0, i), or -1 when s[0, i) cannot be covered; from[i]: where the
  // last word (or separator) of that cover starts.
  const best = new Int32Array(n + 1).fill(-1);
  const from = new Int32Array(n + 1);
  const word = new Uint8Array(n + 1);
  best[0] = 0;
  for (let i = 0; i < n; i++) {
    const here = best[i]!;
    if (here < 0) continue;
    if (SEPARATOR.test(s[i]!)) {
      if (best[i + 1]! < 0 || best[i + 1]! > here) {
        best[i + 1] = here;
        from[i + 1] = i;
        word[i + 1] = 0;
      }
      continue;
    }
    for (let len = Math.min(MAX_WORD, n - i); len >= 1; len--) {
      if (!lexicon.has(s.slice(i, i + len))) continue;
      const next = best[i + len]!;
      if (next < 0 || next > here + 1) {
        best[i + len] = here + 1;
        from[i + len] = i;
        word[i + len] = 1;
      }
    }
  }
  if (best[n]! < 0) return null;
  const out: string[] = [];
  for (let at = n; at > 0; at = from[at]!) if (word[at]) out.push(s.slice(from[at]!, at));
  return out.reverse();
}
