import type { CheckIndex } from './CheckIndex';
import { winnowFingerprints } from './winnowFingerprints';

/** A maximal stretch of normalised text the document shares with one passage. */
export interface SharedRun {
  /** Normalised document offsets [docStart, docEnd). */
  docStart: number;
  docEnd: number;
  passageId: string;
  /** Normalised offset in the passage where the run begins. */
  passageStart: number;
}

/**
 * Every shared run of at least index.minRun characters between the normalised document and the
 * indexed passages: each fingerprint of the document is looked up, each candidate is verified
 * character by character and extended both ways to the exact maximal run. A candidate on a diagonal
 * (passage position − document position) already extended past it is skipped, so a long copied
 * stretch is extended once, not once per fingerprint.
 */
export function findSharedRuns(index: CheckIndex, codes: Uint16Array, length: number): SharedRun[] {
  const runs: SharedRun[] = [];
  const { corpus, starts, postings, k, minRun } = index;
  const reached = new Map<number, number>();
  winnowFingerprints(codes, 0, length, k, index.w, (hash, p) => {
    const slot = index.slotOf(hash);
    if (slot < 0) return;
    const first = index.postingStart(slot);
    const last = first + index.postingCount(slot);
    for (let x = first; x < last; x++) {
      const g = postings[x]!;
      const diagonal = g - p;
      const end = reached.get(diagonal);
      if (end !== undefined && end >= p + k) continue;
      let same = true;
      for (let t = 0; t < k; t++) {
        if (corpus[g + t] !== codes[p + t]) {
          same = false;
          break;
        }
      }
      if (!same) continue;
      const passage = index.passageAt(g);
      const ps = starts[passage]!;
      const pe = starts[passage + 1]!;
      let a = p;
      let b = g;
      while (a > 0 && b > ps && codes[a - 1] === corpus[b - 1]) {
        a--;
        b--;
      }
      let c = p + k;
      let d = g + k;
      while (c < length && d < pe && codes[c] === corpus[d]) {
        c++;
        d++;
      }
      reached.set(diagonal, c);
      if (c - a >= minRun) runs.push({ docStart: a, docEnd: c, passageId: index.ids[passage]!, passageStart: b - ps });
    }
  });
  return runs;
}
