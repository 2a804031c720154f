// Cleaning rewrites the text many times, but every passage must still lead back to the exact region
// of the raw file it came from. A MappedText carries, for each UTF-16 unit of the working text, the
// [start, end) region of the original it was produced from; edits compose those regions, so after any
// number of steps `starts[i]`/`ends[j-1]` give the raw span of working range [i, j).

export interface TextEdit {
  start: number;
  end: number;
  insert: string;
}

export class MappedText {
  constructor(
    readonly text: string,
    readonly starts: Int32Array,
    readonly ends: Int32Array,
    /** Length of the original text, the position an empty tail maps to. */
    readonly originLength: number,
  ) {}

  static identity(text: string): MappedText {
    const starts = new Int32Array(text.length);
    const ends = new Int32Array(text.length);
    for (let i = 0; i < text.length; i++) {
      starts[i] = i;
      ends[i] = i + 1;
    }
    return new MappedText(text, starts, ends, text.length);
  }

  /** Origin position where working position `i` begins (for an empty range's anchor). */
  originAt(i: number): number {
    if (i < this.text.length) return this.starts[i] ?? this.originLength;
    return this.text.length > 0 ? (this.ends[this.text.length - 1] ?? this.originLength) : this.originLength;
  }

  /** Origin span [start, end) of working range [from, to). */
  originSpan(from: number, to: number): [number, number] {
    if (to <= from) {
      const p = this.originAt(from);
      return [p, p];
    }
    // Monotone except where a replacement maps a run onto one region, so the two ends suffice.
    const lo = Math.min(this.starts[from] ?? 0, this.starts[to - 1] ?? 0);
    const hi = Math.max(this.ends[to - 1] ?? 0, this.ends[from] ?? 0);
    return [lo, hi];
  }

  /**
   * Applies non-overlapping edits (any order). Inserted text maps to the whole replaced origin region,
   * or to a point when nothing was replaced. Equal-length replacements map unit by unit, so width
   * folding keeps exact offsets.
   */
  applyEdits(edits: TextEdit[]): MappedText {
    if (edits.length === 0) return this;
    const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
    const parts: string[] = [];
    let length = this.text.length;
    for (const e of sorted) length += e.insert.length - (e.end - e.start);
    const starts = new Int32Array(length);
    const ends = new Int32Array(length);
    let out = 0;
    let pos = 0;
    const copy = (from: number, to: number): void => {
      if (to <= from) return;
      parts.push(this.text.slice(from, to));
      starts.set(this.starts.subarray(from, to), out);
      ends.set(this.ends.subarray(from, to), out);
      out += to - from;
    };
    for (const e of sorted) {
      if (e.start < pos) continue; // overlapping edit: the earlier one wins
      copy(pos, e.start);
      const [s, t] = this.originSpan(e.start, e.end);
      const sameLength = e.insert.length === e.end - e.start;
      for (let k = 0; k < e.insert.length; k++) {
        starts[out + k] = sameLength ? (this.starts[e.start + k] ?? s) : s;
        ends[out + k] = sameLength ? (this.ends[e.start + k] ?? t) : t;
      }
      parts.push(e.insert);
      out += e.insert.length;
      pos = e.end;
    }
    copy(pos, this.text.length);
    const text = parts.join('');
    return new MappedText(text, starts.subarray(0, text.length), ends.subarray(0, text.length), this.originLength);
  }

  /** Replace every match of a global regex; `fn` returns the replacement or null to keep the match. */
  replaceAll(re: RegExp, fn: (m: RegExpExecArray) => string | null): MappedText {
    const edits: TextEdit[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(this.text); m; m = re.exec(this.text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const insert = fn(m);
      if (insert !== null && insert !== m[0]) edits.push({ start: m.index, end: m.index + m[0].length, insert });
    }
    return this.applyEdits(edits);
  }

  /**
   * A text made from this one (its regions index this text, as a reader of this text produces) with
   * its regions carried through to this text's origin.
   */
  compose(inner: MappedText): MappedText {
    const n = inner.text.length;
    const starts = new Int32Array(n);
    const ends = new Int32Array(n);
    for (let k = 0; k < n; k++) {
      const [s, e] = this.originSpan(inner.starts[k] ?? 0, inner.ends[k] ?? 0);
      starts[k] = s;
      ends[k] = e;
    }
    return new MappedText(inner.text, starts, ends, this.originLength);
  }
}
