/** A region where two copies differ: a[aStart, aEnd) in the first reads b[bStart, bEnd) in the second. */
export interface Hunk {
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
}

export interface Alignment {
  hunks: Hunk[];
  /** For each position 0..a.length of `a`, the corresponding position in `b`. */
  toB: Int32Array;
}

/**
 * Character alignment of two copies of the same text (Myers' O(ND) diff). Copies of one essay differ in
 * tens of places, so D stays small; past `maxD` differences the texts are not copies and null is
 * returned, which keeps the cost bounded on large imports.
 */
export function alignCopies(a: string, b: string, maxD = 1500): Alignment | null {
  const n = a.length;
  const m = b.length;
  const offset = maxD + 1;
  const trace: Int32Array[] = [];
  let v = new Int32Array(2 * maxD + 3);
  let found = -1;
  for (let d = 0; d <= maxD && found < 0; d++) {
    const next = v.slice();
    for (let k = -d; k <= d; k += 2) {
      let x: number;
      if (k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0))) x = v[offset + k + 1] ?? 0;
      else x = (v[offset + k - 1] ?? 0) + 1;
      let y = x - k;
      while (x < n && y < m && a.charCodeAt(x) === b.charCodeAt(y)) {
        x++;
        y++;
      }
      next[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
    trace.push(next);
    v = next;
  }
  if (found < 0) return null;

  // Walk back through the trace collecting the matched diagonals.
  const pairs: [number, number][] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const prev = trace[d - 1] as Int32Array;
    const k = x - y;
    const down = k === -d || (k !== d && (prev[offset + k - 1] ?? 0) < (prev[offset + k + 1] ?? 0));
    const pk = down ? k + 1 : k - 1;
    const px = prev[offset + pk] ?? 0;
    const py = px - pk;
    const sx = down ? px : px + 1;
    const sy = sx - k;
    for (let i = x - 1, j = y - 1; i >= sx && j >= sy; i--, j--) pairs.push([i, j]);
    x = px;
    y = py;
  }
  for (let i = x - 1, j = y - 1; i >= 0 && j >= 0; i--, j--) pairs.push([i, j]);
  pairs.reverse();

  const toB = new Int32Array(n + 1);
  const hunks: Hunk[] = [];
  let ai = 0;
  let bi = 0;
  const close = (ae: number, be: number): void => {
    if (ae > ai || be > bi) hunks.push({ aStart: ai, aEnd: ae, bStart: bi, bEnd: be });
    for (let i = ai; i < ae; i++) toB[i] = bi;
  };
  for (const [i, j] of pairs) {
    close(i, j);
    toB[i] = j;
    ai = i + 1;
    bi = j + 1;
  }
  close(n, m);
  toB[n] = m;
  return { hunks, toB };
}
