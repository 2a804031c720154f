/** Fingerprints are hashes of this many normalised characters. */
export const CHECK_K = 8;
/** The "13 consecutive characters" rule of thumb writers know. */
export const MIN_RUN_DEFAULT = 13;
export const MIN_RUN_MIN = 8;
export const MIN_RUN_MAX = 20;
/**
 * Postings kept per fingerprint: a stock phrase shared by hundreds of passages still points at this
 * many of them (so the words are found as borrowed), but cannot make every check compare them all.
 */
export const CHECK_CAP = 16;

/**
 * The winnowing window for a run length: every shared run of at least minRun characters holds
 * minRun − k + 1 whole k-grams, i.e. one full window, whose minimum both sides select (Schleimer,
 * Wilkerson & Aiken 2003, the guarantee threshold t = w + k − 1).
 */
export function checkWindow(minRun: number): number {
  if (!Number.isInteger(minRun) || minRun < MIN_RUN_MIN || minRun > MIN_RUN_MAX) throw new RangeError(`minRun ${minRun}`);
  return minRun - CHECK_K + 1;
}

/** Longest plain text the check accepts in one request (a long thesis, not a book). */
export const CHECK_TEXT_MAX = 500_000;
