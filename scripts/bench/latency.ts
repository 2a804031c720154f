/** Nearest-rank percentile of a sample. */
export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Runs `fn` on each input and returns the wall time of each call in milliseconds. */
export function timeEach<T>(inputs: readonly T[], fn: (input: T) => unknown): number[] {
  return inputs.map((input) => {
    const t0 = performance.now();
    fn(input);
    return performance.now() - t0;
  });
}

/** Runs `fn` on each input and returns the CPU time (user + system) of each call in milliseconds. */
export function cpuTimeEach<T>(inputs: readonly T[], fn: (input: T) => unknown): number[] {
  return inputs.map((input) => {
    const c0 = process.cpuUsage();
    fn(input);
    const c = process.cpuUsage(c0);
    return (c.user + c.system) / 1000;
  });
}
