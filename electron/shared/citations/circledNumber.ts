/**
 * ① … ㊿ for 1–50 (the enclosed numbers Unicode has), then (51) …: what the editor shows for a
 * circled note. Word draws its own marks from the section's number format.
 */
export function circledNumber(n: number): string {
  if (n >= 1 && n <= 20) return String.fromCodePoint(0x2460 + n - 1);
  if (n >= 21 && n <= 35) return String.fromCodePoint(0x3251 + n - 21);
  if (n >= 36 && n <= 50) return String.fromCodePoint(0x32b1 + n - 36);
  return `(${n})`;
}
