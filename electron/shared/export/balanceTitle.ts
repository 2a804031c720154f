// GB/T 9704-2012 7.3.3: a title that runs over one line breaks 词意完整，排列对称，长短适宜, in a
// 梯形 or 菱形 shape. Breaks fall between words (the tokens given), never inside one.

/** Words a line should not end with (they belong to what follows): a break after them leaves a dangling 的. */
const DANGLING = /^(的|之|和|与|及|在|对|于|把|将|为|以|从|关于|上的|中的|里的|“|‘|《|（)$/;
/** Nor open with: a line starting with 的 or a closing mark looks cut off. */
const LEADING = /^(的|之|”|’|》|）|，|、|：|。)/;

function len(s: string): number {
  return Array.from(s).length;
}

/**
 * The lines of a title set in lines of `perLine` characters: one line when it fits; else the fewest
 * lines that fit, broken between `tokens` (the title's words, in order) where the lines are most even
 * and form a 梯形 (each line no longer than the one above, or no shorter) or 菱形 (the middle longest).
 * A line break the writer forced (a newline in the title) is kept, and each part balanced on its own.
 */
export function balanceTitle(title: string, perLine: number, tokenize: (text: string) => string[]): string[] {
  const parts = title.split('\n').map((p) => p.trim().replace(/\s+/gu, ' ')).filter(Boolean);
  return parts.flatMap((part) => (len(part) <= perLine ? [part] : balancePart(part, perLine, tokenize(part))));
}

function balancePart(text: string, perLine: number, tokens: string[]): string[] {
  // Tokens must cover the text exactly; otherwise fall back to single characters.
  const words = tokens.join('') === text ? tokens : Array.from(text);
  const ends: number[] = [];
  let at = 0;
  for (const w of words) ends.push((at += len(w)));
  const total = at;
  const chars = Array.from(text);
  const minLines = Math.ceil(total / perLine);
  for (let lines = minLines; lines <= minLines + 2; lines++) {
    const best = bestSplit(words, ends, chars, lines, perLine);
    if (best) return best;
  }
  // No word boundary fits (one very long word): break where the line is full.
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += perLine) out.push(chars.slice(i, i + perLine).join(''));
  return out;
}

function bestSplit(words: string[], ends: number[], chars: string[], lines: number, perLine: number): string[] | null {
  const total = ends[ends.length - 1]!;
  const mean = total / lines;
  // A break inside “千万工程” or 《…》 splits a name; one at a space is where the writer divided the title.
  let depth = 0;
  const inside = words.map((w) => {
    for (const ch of w) {
      if ('“‘《（'.includes(ch)) depth++;
      else if ('”’》）'.includes(ch)) depth = Math.max(0, depth - 1);
    }
    return depth > 0;
  });
  let best = null as { cost: number; cuts: number[] } | null;
  // Choose lines - 1 cut points among word ends (titles are short: a few dozen words at most).
  const choose = (start: number, left: number, cuts: number[]) => {
    if (left === 0) {
      const bounds = [0, ...cuts.map((c) => ends[c]!), total];
      const lens = bounds.slice(1).map((b, i) => b - bounds[i]!);
      if (lens.some((l) => l > perLine || l === 0)) return;
      const cost = shapeCost(lens, mean) + cuts.reduce((sum, c) => sum + breakCost(words[c]!, words[c + 1] ?? '') + (inside[c] ? 80 : 0) + (words[c + 1] === ' ' || words[c] === ' ' ? -20 : 0), 0);
      if (!best || cost < best.cost) best = { cost, cuts: [...cuts] };
      return;
    }
    for (let c = start; c <= words.length - 1 - left; c++) {
      cuts.push(c);
      choose(c + 1, left - 1, cuts);
      cuts.pop();
    }
  };
  if (words.length - 1 < lines - 1) return null;
  choose(0, lines - 1, []);
  if (!best) return null;
  const bounds = [0, ...best.cuts.map((c) => ends[c]!), total];
  return bounds.slice(1).map((b, i) => chars.slice(bounds[i]!, b).join('').trim());
}

/** Unevenness, plus a penalty unless the lines form a 梯形 (monotone) or a 菱形 (rising, then falling). */
function shapeCost(lens: number[], mean: number): number {
  const uneven = lens.reduce((s, l) => s + (l - mean) ** 2, 0);
  const rising = lens.every((l, i) => i === 0 || l >= lens[i - 1]!);
  const falling = lens.every((l, i) => i === 0 || l <= lens[i - 1]!);
  const peak = lens.indexOf(Math.max(...lens));
  const diamond = lens.slice(0, peak + 1).every((l, i) => i === 0 || l >= lens[i - 1]!) && lens.slice(peak).every((l, i, a) => i === 0 || l <= a[i - 1]!);
  // A last line under a third of the others is an orphan ("……研讨会上的 / 发言").
  const orphan = lens.length > 1 && lens[lens.length - 1]! < mean / 2 ? 50 : 0;
  return uneven + (rising || falling || diamond ? 0 : 8) + orphan;
}

function breakCost(before: string, after: string): number {
  return (DANGLING.test(before) ? 40 : 0) + (LEADING.test(after) ? 40 : 0);
}
