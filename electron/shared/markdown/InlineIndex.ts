const SPACE = /\s/u;

/** The delimiter runs of one character (`*` or `_`), and for each run the next one that can close a run of 1, 2 or 3. */
interface DelimiterRuns {
  starts: number[];
  /** closer[n - 1][k]: the first run at index ≥ k that closes an opener of n, or starts.length when none. */
  closer: Int32Array[];
}

/**
 * Everything parseInline looks ahead for, found in one pass over a paragraph so that no lookahead
 * rescans the rest of it: the bracket that closes each `[`, the next closing delimiter run, the next
 * backtick run of a length. Without it nested brackets, `*a ` runs and backtick runs of growing
 * length made reading quadratic (200 KB of `[` took 28 s, #22).
 *
 * Positions are in the paragraph's text; parseInline reads the words of a link or note as a slice
 * and passes the slice's offset. The lookaheads agree with a scan started anywhere parseInline asks:
 * `\` skips the next character in both, and every place parseInline starts a scan (after `[`, after a
 * delimiter run) is outside any escape or run.
 */
export class InlineIndex {
  /** For each `[`, the index of its `]` (-1 when unclosed); 0 elsewhere. */
  private readonly close: Int32Array;
  /** Whether a `[` holds another `[` before its `]`. */
  private readonly nested: Uint8Array;
  private readonly runs: Map<string, DelimiterRuns>;
  /** Starts of the backtick runs of each length, ascending. */
  private readonly ticks = new Map<number, number[]>();

  constructor(src: string) {
    this.close = new Int32Array(src.length);
    this.nested = new Uint8Array(src.length);
    const open: number[] = [];
    const delimiter: Record<string, Array<{ start: number; length: number; closes: boolean }>> = { '*': [], _: [] };
    for (let i = 0; i < src.length; i++) {
      const c = src[i]!;
      if (c === '\\') i++;
      else if (c === '[') {
        if (open.length > 0) this.nested[open[open.length - 1]!] = 1;
        open.push(i);
      } else if (c === ']') {
        const at = open.pop();
        if (at !== undefined) this.close[at] = i;
      } else if (c === '*' || c === '_') {
        let n = 1;
        while (src[i + n] === c) n++;
        delimiter[c]!.push({ start: i, length: n, closes: !SPACE.test(src[i - 1] ?? ' ') });
        i += n - 1;
      }
    }
    for (const at of open) this.close[at] = -1;
    this.runs = new Map(Object.entries(delimiter).map(([c, list]) => [c, closersOf(list)]));
    // Code spans ignore escapes, so backtick runs are found by a scan of their own.
    for (let i = 0; i < src.length; i++) {
      if (src[i] !== '`') continue;
      let n = 1;
      while (src[i + n] === '`') n++;
      const list = this.ticks.get(n) ?? [];
      list.push(i);
      this.ticks.set(n, list);
      i += n - 1;
    }
  }

  /** The `]` matching the `[` at `open`, or -1. */
  matchingBracket(open: number): number {
    return this.close[open]!;
  }

  /** Whether the brackets opened at `open` hold other brackets. */
  holdsBrackets(open: number): boolean {
    return this.nested[open] === 1;
  }

  /**
   * Whether a run of `ch` starting in [from, to) can close an opener of `n`: a run of the same length
   * or of 3 (or any, for an opener of 3) that does not follow a space.
   */
  hasCloser(ch: string, n: number, from: number, to: number): boolean {
    const runs = this.runs.get(ch);
    if (!runs) return false;
    const k = runs.closer[Math.min(n, 3) - 1]![firstAtOrAfter(runs.starts, from)]!;
    return k < runs.starts.length && runs.starts[k]! < to;
  }

  /** The start of the first backtick run of exactly `n` in [from, to), or -1. */
  backtickRun(n: number, from: number, to: number): number {
    const starts = this.ticks.get(n);
    if (!starts) return -1;
    const at = starts[firstAtOrAfter(starts, from)];
    return at !== undefined && at + n <= to ? at : -1;
  }
}

function closersOf(list: Array<{ start: number; length: number; closes: boolean }>): DelimiterRuns {
  const closer = [1, 2, 3].map((n) => {
    const table = new Int32Array(list.length + 1);
    table[list.length] = list.length;
    for (let k = list.length - 1; k >= 0; k--) {
      const { length, closes } = list[k]!;
      table[k] = closes && (length === n || length === 3 || n === 3) ? k : table[k + 1]!;
    }
    return table;
  });
  return { starts: list.map((r) => r.start), closer };
}

/** Index of the first value ≥ `from` in an ascending list (its length when none). */
function firstAtOrAfter(sorted: readonly number[], from: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
