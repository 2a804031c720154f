export interface BenchRow {
  figure: string;
  value: number;
  unit: string;
  baseline: number | null;
  /** How many times better than the baseline (baseline / value for times). */
  ratio: number | null;
  target: string;
  pass: boolean | null;
}

function num(n: number): string {
  if (!Number.isFinite(n) || Number.isInteger(n)) return String(n);
  return n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2);
}

/** CJK characters take two columns in a terminal. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u2e80-\uffef]/u.test(ch) ? 2 : 1;
  return w;
}

/** A Markdown table: figure, value, baseline, ratio, target, result. */
export function formatTable(rows: readonly BenchRow[]): string {
  const head = ['figure', 'value', 'baseline', 'ratio', 'target', 'result'];
  const cells = rows.map((r) => [
    r.figure,
    `${num(r.value)} ${r.unit}`.trim(),
    r.baseline === null ? '—' : `${num(r.baseline)} ${r.unit}`.trim(),
    r.ratio === null ? '—' : `${num(r.ratio)}×`,
    r.target,
    r.pass === null ? '—' : r.pass ? 'PASS' : 'FAIL',
  ]);
  const widths = head.map((h, i) => Math.max(width(h), ...cells.map((c) => width(c[i]!))));
  const line = (c: string[]) => `| ${c.map((x, i) => x + ' '.repeat(widths[i]! - width(x))).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join('\n');
}
