import type { SharedRun } from './findSharedRuns';

/** A stretch of the normalised document given to one run. */
export interface ClaimedPiece {
  start: number;
  end: number;
  passageId: string;
  passageStart: number;
}

/**
 * Gives each borrowed character to one run, so overlapping runs become disjoint pieces: a run of
 * the passage the writer marked there (quoted/adapted) first, then the longest, then the earliest.
 * `markedPassage(i)` names the passage marked at normalised position i, or null.
 */
export function claimSharedRuns(length: number, runs: readonly SharedRun[], markedPassage: (i: number) => string | null): ClaimedPiece[] {
  const preferred = runs.map((r) => {
    for (let i = r.docStart; i < r.docEnd; i++) if (markedPassage(i) === r.passageId) return 1;
    return 0;
  });
  const order = runs.map((_, i) => i);
  order.sort((a, b) => preferred[b]! - preferred[a]! || runs[b]!.docEnd - runs[b]!.docStart - (runs[a]!.docEnd - runs[a]!.docStart) || runs[a]!.docStart - runs[b]!.docStart || a - b);
  const owner = new Int32Array(length).fill(-1);
  for (const r of order) {
    const run = runs[r]!;
    for (let i = run.docStart; i < run.docEnd; i++) if (owner[i] === -1) owner[i] = r;
  }
  const pieces: ClaimedPiece[] = [];
  let i = 0;
  while (i < length) {
    const r = owner[i]!;
    if (r === -1) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < length && owner[j] === r) j++;
    const run = runs[r]!;
    const passageStart = run.passageStart + (i - run.docStart);
    const last = pieces[pieces.length - 1];
    // Two runs of one passage that continue each other read as one.
    if (last && last.end === i && last.passageId === run.passageId && last.passageStart + (last.end - last.start) === passageStart) last.end = j;
    else pieces.push({ start: i, end: j, passageId: run.passageId, passageStart });
    i = j;
  }
  return pieces;
}
