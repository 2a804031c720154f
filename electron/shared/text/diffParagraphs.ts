import { diffChars, type DiffOp } from './diffChars';

/** One row of a side-by-side comparison: a paragraph of the old text beside one of the new. */
export interface DiffRow {
  /** The old paragraph as runs ('same' and 'del'), or null when the new one was added. */
  left: DiffOp[] | null;
  /** The new paragraph as runs ('same' and 'add'), or null when the old one was removed. */
  right: DiffOp[] | null;
}

// Documents run to a few hundred paragraphs; beyond this the line table would be too big.
const MAX_LINE_CELLS = 4_000_000;

/**
 * A side-by-side diff of two texts given one paragraph per line: paragraphs are matched first
 * (longest common subsequence of lines), then a changed paragraph is compared with the one that
 * replaced it character by character, so a whole document diffs quickly and reads row by row.
 */
export function diffParagraphs(oldText: string, newText: string): DiffRow[] {
  const a = oldText.split('\n');
  const b = newText.split('\n');
  const n = a.length;
  const m = b.length;
  const rows: DiffRow[] = [];
  const flush = (dels: string[], adds: string[]) => {
    const paired = Math.min(dels.length, adds.length);
    for (let k = 0; k < paired; k++) {
      const ops = diffChars(dels[k]!, adds[k]!);
      rows.push({ left: ops.filter((o) => o.op !== 'add'), right: ops.filter((o) => o.op !== 'del') });
    }
    for (let k = paired; k < dels.length; k++) rows.push({ left: [{ op: 'del', text: dels[k]! }], right: null });
    for (let k = paired; k < adds.length; k++) rows.push({ left: null, right: [{ op: 'add', text: adds[k]! }] });
  };
  if (n * m > MAX_LINE_CELLS) {
    flush(a, b);
    return rows;
  }
  const width = m + 1;
  const table = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * width + j] = a[i] === b[j] ? table[(i + 1) * width + j + 1]! + 1 : Math.max(table[(i + 1) * width + j]!, table[i * width + j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  let dels: string[] = [];
  let adds: string[] = [];
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      flush(dels, adds);
      dels = [];
      adds = [];
      rows.push({ left: [{ op: 'same', text: a[i]! }], right: [{ op: 'same', text: b[j]! }] });
      i++;
      j++;
    } else if (j < m && (i >= n || table[i * width + j + 1]! >= table[(i + 1) * width + j]!)) {
      adds.push(b[j++]!);
    } else {
      dels.push(a[i++]!);
    }
  }
  flush(dels, adds);
  return rows;
}
