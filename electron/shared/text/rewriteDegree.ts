import { diffChars } from './diffChars';

/**
 * 改写度: the share of the adaptation's characters (punctuation and spaces left out) that are not part
 * of a run of at least `minRun` characters also found, in order, in the source. Single characters
 * that happen to match (的, 了) do not count as copied; a run of `minRun` does. 0 = copied, 1 = all new.
 */
export function rewriteDegree(source: string, rewrite: string, minRun = 3): number {
  const meaningful = (s: string) => Array.from(s).filter((ch) => /[\p{L}\p{N}]/u.test(ch)).join('');
  const a = meaningful(source);
  const b = meaningful(rewrite);
  if (b.length === 0) return 0;
  let copied = 0;
  for (const op of diffChars(a, b)) if (op.op === 'same' && Array.from(op.text).length >= minRun) copied += Array.from(op.text).length;
  return Math.max(0, Math.min(1, 1 - copied / Array.from(b).length));
}
