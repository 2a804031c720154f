export interface BenchRow {
  figure: string;
  value: number;
  unit: string;
  baseline: number | null;
  /** value / baseline */
  ratio: number | null;
  target: string;
  pass: boolean | null;
}

/** One table: figure, value, baseline, ratio, target, pass/fail. */
export function formatBenchTable(rows: BenchRow[]): string {
  const cells = rows.map((r) => [
    r.figure,
    `${fmt(r.value)} ${r.unit}`,
    r.baseline === null ? '—' : `${fmt(r.baseline)} ${r.unit}`,
    r.ratio === null ? '—' : `${r.ratio.toFixed(2)}×`,
    r.target,
    r.pass === null ? '—' : r.pass ? 'PASS' : 'FAIL',
  ]);
  const head = ['figure', 'value', 'baseline', 'ratio', 'target', 'result'];
  const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u2e80-\uffef]/.test(ch) ? 2 : 1), 0);
  const widths = head.map((h, i) => Math.max(width(h), ...cells.map((c) => width(c[i]!))));
  const line = (c: string[]) => `| ${c.map((x, i) => x + ' '.repeat(widths[i]! - width(x))).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join('\n');
}

function fmt(n: number): string {
  return n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2);
}
