export type DiffOp = { op: 'same' | 'add' | 'del'; text: string };

/**
 * Character-level diff (longest common subsequence, by code point) of a source and its rewrite, as
 * runs of same / added / deleted text. Passages are at most a few thousand characters, so the
 * quadratic table stays small; longer inputs are compared by their common prefix and suffix only.
 */
export function diffChars(source: string, rewrite: string, maxCells = 4_000_000): DiffOp[] {
  const a = Array.from(source);
  const b = Array.from(rewrite);
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const ma = a.slice(pre, a.length - suf);
  const mb = b.slice(pre, b.length - suf);
  const ops: DiffOp[] = [];
  const push = (op: DiffOp['op'], ch: string) => {
    const last = ops[ops.length - 1];
    if (last && last.op === op) last.text += ch;
    else ops.push({ op, text: ch });
  };
  a.slice(0, pre).forEach((ch) => push('same', ch));
  if (ma.length * mb.length > maxCells) {
    ma.forEach((ch) => push('del', ch));
    mb.forEach((ch) => push('add', ch));
  } else {
    const n = ma.length;
    const m = mb.length;
    const table = new Uint16Array((n + 1) * (m + 1));
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        table[i * (m + 1) + j] = ma[i] === mb[j] ? table[(i + 1) * (m + 1) + j + 1]! + 1 : Math.max(table[(i + 1) * (m + 1) + j]!, table[i * (m + 1) + j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
      if (ma[i] === mb[j]) {
        push('same', ma[i]!);
        i++;
        j++;
      } else if (table[(i + 1) * (m + 1) + j]! >= table[i * (m + 1) + j + 1]!) push('del', ma[i++]!);
      else push('add', mb[j++]!);
    }
    while (i < n) push('del', ma[i++]!);
    while (j < m) push('add', mb[j++]!);
  }
  a.slice(a.length - suf).forEach((ch) => push('same', ch));
  return ops;
}
