import type { CheckIndex } from './CheckIndex';
import type { ClaimedPiece } from './claimSharedRuns';
import { normalizeForCheck } from './normalizeForCheck';
import { winnowFingerprints } from './winnowFingerprints';

/** A run found in at least this many independent works is a formulation everyone repeats, not a copy. */
export const STANDARD_MIN_WORKS = 3;
/**
 * ...as long as it is formulation-sized: a longer stretch many works share is an article reprinted
 * everywhere, and copying it is still copying.
 */
export const STANDARD_MAX_CHARS = 40;

/**
 * A 提法 shorter than this (久久为功, 共同富裕) is never a borrowed run by itself; inside a copied
 * sentence it is part of the copy, so it is not carved out of one.
 */
export const STANDARD_PHRASE_MIN = 8;

/** Marks in `standard` every occurrence of a 提法 of the list (compared as the check compares: normalised). */
export function markStandardPhrases(codes: Uint16Array, length: number, phrases: readonly string[], standard: Uint8Array): void {
  for (const phrase of phrases) {
    const p = normalizeForCheck(phrase).codes;
    if (p.length < STANDARD_PHRASE_MIN) continue;
    for (let i = 0; i + p.length <= length; i++) {
      if (codes[i] !== p[0]) continue;
      let t = 1;
      while (t < p.length && codes[i + t] === p[t]) t++;
      if (t === p.length) standard.fill(1, i, i + p.length);
    }
  }
}

interface Stretch {
  start: number;
  end: number;
  passageId: string;
}

/**
 * Every exact stretch of at least minRun characters that a borrowed piece shares with any indexed
 * passage (not only the one the piece was given to): the fingerprints of the piece are followed to
 * all their postings and extended, within the piece, to the exact shared stretch.
 */
export function stretchesInPieces(indexes: readonly CheckIndex[], codes: Uint16Array, pieces: readonly ClaimedPiece[], minRun: number): Stretch[] {
  const out: Stretch[] = [];
  const seen = new Set<string>();
  for (const index of indexes) {
    const { corpus, starts, postings, k } = index;
    for (const piece of pieces) {
      if (piece.end - piece.start < minRun) continue;
      winnowFingerprints(codes, piece.start, piece.end, k, index.w, (hash, p) => {
        const slot = index.slotOf(hash);
        if (slot < 0) return;
        const first = index.postingStart(slot);
        for (let x = first; x < first + index.postingCount(slot); x++) {
          const g = postings[x]!;
          const passage = index.passageAt(g);
          const ps = starts[passage]!;
          const pe = starts[passage + 1]!;
          let a = p;
          let b = g;
          let same = true;
          for (let t = 0; t < k && same; t++) same = corpus[g + t] === codes[p + t];
          if (!same) continue;
          while (a > piece.start && b > ps && codes[a - 1] === corpus[b - 1]) {
            a--;
            b--;
          }
          let c = p + k;
          let d = g + k;
          while (c < piece.end && d < pe && codes[c] === corpus[d]) {
            c++;
            d++;
          }
          const id = index.ids[passage]!;
          const key = `${id}:${a}:${c}`;
          if (c - a >= minRun && !seen.has(key)) {
            seen.add(key);
            out.push({ start: a, end: c, passageId: id });
          }
        }
      });
    }
  }
  return out;
}

/**
 * Marks in `standard` the characters that stretches of at least `minWorks` different works cover
 * together for at least minRun characters: a run that many independent essays share is a stock
 * formulation. `workOf` names a passage's work (its title: copies of one essay in two sources share it).
 */
export function markRecurringRuns(stretches: readonly Stretch[], workOf: (passageId: string) => string, length: number, minRun: number, standard: Uint8Array, minWorks = STANDARD_MIN_WORKS): void {
  const byWork = new Map<string, Stretch[]>();
  for (const s of stretches) {
    const work = workOf(s.passageId);
    const list = byWork.get(work) ?? [];
    list.push(s);
    byWork.set(work, list);
  }
  if (byWork.size < minWorks) return;
  const diff = new Int32Array(length + 1);
  for (const list of byWork.values()) {
    // Each work counts once over the union of its stretches.
    const sorted = [...list].sort((a, b) => a.start - b.start);
    let from = -1;
    let to = -1;
    const add = () => {
      if (to <= from) return;
      diff[from]! += 1;
      diff[to]! -= 1;
    };
    for (const s of sorted) {
      if (s.start > to) {
        add();
        from = s.start;
        to = s.end;
      } else to = Math.max(to, s.end);
    }
    add();
  }
  let count = 0;
  let runStart = -1;
  for (let i = 0; i <= length; i++) {
    count += i < length ? diff[i]! : 0;
    const common = i < length && count >= minWorks;
    if (common && runStart < 0) runStart = i;
    if (!common && runStart >= 0) {
      if (i - runStart >= minRun && i - runStart <= STANDARD_MAX_CHARS) standard.fill(1, runStart, i);
      runStart = -1;
    }
  }
}
