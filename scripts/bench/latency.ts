import fs from 'node:fs';

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

/** Runs `fn` on each input and returns the CPU time (user + system) of each call in milliseconds: the whole process's, V8's parallel garbage-collection threads included. */
export function cpuTimeEach<T>(inputs: readonly T[], fn: (input: T) => unknown): number[] {
  return inputs.map((input) => {
    const c0 = process.cpuUsage();
    fn(input);
    const c = process.cpuUsage(c0);
    return (c.user + c.system) / 1000;
  });
}

/** CPU time this thread has used, in milliseconds (Linux: /proc/thread-self/schedstat, nanoseconds); null elsewhere. */
function threadCpuMs(): number | null {
  try {
    return Number(fs.readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return null;
  }
}

/**
 * Runs `fn` on each input and returns the CPU time of the calling thread for each call in
 * milliseconds: what the call itself costs the thread that waits for it, whatever other threads (GC
 * helpers) or processes run meanwhile. Falls back to the process's CPU time where the thread's is not readable.
 */
export function threadCpuTimeEach<T>(inputs: readonly T[], fn: (input: T) => unknown): number[] {
  if (threadCpuMs() === null) return cpuTimeEach(inputs, fn);
  return inputs.map((input) => {
    const c0 = threadCpuMs()!;
    fn(input);
    return threadCpuMs()! - c0;
  });
}
