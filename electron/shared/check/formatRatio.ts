/** A share as Chinese reports print it: one decimal, a per cent sign (0.1234 → 12.3%). */
export function formatRatio(ratio: number): string {
  return `${(Math.round(ratio * 1000) / 10).toFixed(1)}%`;
}
