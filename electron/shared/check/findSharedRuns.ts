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
 * character by character and extended both ways to the exact maximal run.
 *
 * Fingerprints are followed rarest first: a rare one points at the few passages that really share
 * the words, and their long runs cover the text. A commoner one (a stock phrase, up to the cap of
 * passages the index keeps) is then followed only where the text is not covered yet, so common
 * phrases inside an already found copy cost nothing; the price is that a second passage sharing
 * a stretch already attributed is not listed, and its few characters beyond that stretch may be
 * missed when no fingerprint of its own lies there. A candidate on a diagonal (passage position −
 * document position) already extended over it is skipped as well.
 */
export function findSharedRuns(index: CheckIndex, codes: Uint16Array, length: number): SharedRun[] {
  const runs: SharedRun[] = [];
  const { corpus, starts, postings, k, minRun, cap } = index;
  const slots: number[] = [];
  const positions: number[] = [];
  winnowFingerprints(codes, 0, length, k, index.w, (hash, p) => {
    const slot = index.slotOf(hash);
    if (slot < 0) return;
    slots.push(slot);
    positions.push(p);
  });
  // Counting sort by posting count: rarest first, document order within a count.
  const byCount: number[][] = Array.from({ length: cap + 1 }, () => []);
  for (let i = 0; i < slots.length; i++) byCount[index.postingCount(slots[i]!)]!.push(i);
  const covered = new Uint8Array(length);
  // diagonal → the last extension made on it, [reachedStart[r], reachedEnd[r]).
  const reached = new Map<number, number>();
  const reachedStart: number[] = [];
  const reachedEnd: number[] = [];
  for (let count = 1; count <= cap; count++) {
    for (const i of byCount[count]!) {
      const p = positions[i]!;
      if (covered[p] && covered[p + k - 1]) continue;
      const slot = slots[i]!;
      const first = index.postingStart(slot);
      for (let x = first; x < first + count; x++) {
        const g = postings[x]!;
        const diagonal = g - p;
        const r = reached.get(diagonal);
        if (r !== undefined && reachedEnd[r]! >= p + k && reachedStart[r]! <= p) continue;
        index.ensureText(g, g + k);
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
        index.ensureText(ps, pe);
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
        reached.set(diagonal, reachedStart.length);
        reachedStart.push(a);
        reachedEnd.push(c);
        if (c - a >= minRun) {
          runs.push({ docStart: a, docEnd: c, passageId: index.ids[passage]!, passageStart: b - ps });
          covered.fill(1, a, c);
        }
      }
    }
  }
  return runs;
}
