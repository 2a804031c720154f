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
  /** The passage's work (CheckIndex.works). */
  work: string;
}

/** Postings followed per fingerprint: enough to see whether several works share it. */
const POSTINGS_FOLLOWED = 16;

/**
 * Every exact stretch of at least minRun characters that a borrowed piece shares with indexed
 * passages that several passages share (not only the one the piece was given to): the piece's
 * fingerprints found in at least STANDARD_MIN_WORKS passages are followed to their postings and
 * extended, within the piece, to the exact shared stretch. A fingerprint fewer passages hold cannot
 * lie in a stretch that many works share (winnowing selects one in every window of such a stretch,
 * on both sides), so an ordinary copy costs a table lookup per fingerprint and nothing more.
 */
export function stretchesInPieces(indexes: readonly CheckIndex[], codes: Uint16Array, pieces: readonly ClaimedPiece[], minRun: number): Stretch[] {
  const out: Stretch[] = [];
  const seen = new Set<string>();
  for (const index of indexes) {
    const { corpus, starts, postings, k, works } = index;
    // The writer's other documents are no independent works of the library.
    if (!works) continue;
    for (const piece of pieces) {
      if (piece.end - piece.start < minRun) continue;
      // passage → the furthest document offset already extended to on each diagonal of this piece.
      const reached = new Map<number, number>();
      winnowFingerprints(codes, piece.start, piece.end, k, index.w, (hash, p) => {
        const slot = index.slotOf(hash);
        if (slot < 0) return;
        const count = index.postingCount(slot);
        if (count < STANDARD_MIN_WORKS) return;
        const first = index.postingStart(slot);
        for (let x = first; x < first + Math.min(count, POSTINGS_FOLLOWED); x++) {
          const g = postings[x]!;
          const diagonal = g - p;
          if ((reached.get(diagonal) ?? -1) >= p + k) continue;
          const passage = index.passageAt(g);
          const ps = starts[passage]!;
          const pe = starts[passage + 1]!;
          index.ensureText(ps, pe);
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
          reached.set(diagonal, c);
          const id = index.ids[passage]!;
          const key = `${id}:${a}:${c}`;
          if (c - a >= minRun && !seen.has(key)) {
            seen.add(key);
            out.push({ start: a, end: c, passageId: id, work: works[passage] || id });
          }
        }
      });
    }
  }
  return out;
}

/**
 * The stretches of text that at least `minGroups` groups of stretches cover together (each group
 * counted once over the union of its stretches), as [start, end) ranges of length in [minLength, maxLength].
 */
function sharedRegions(stretches: readonly Stretch[], groupOf: (s: Stretch) => string, length: number, minGroups: number, minLength: number, maxLength: number): Array<[number, number]> {
  const byGroup = new Map<string, Stretch[]>();
  for (const s of stretches) {
    const key = groupOf(s);
    const list = byGroup.get(key) ?? [];
    list.push(s);
    byGroup.set(key, list);
  }
  if (byGroup.size < minGroups) return [];
  const diff = new Int32Array(length + 1);
  for (const list of byGroup.values()) {
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
  const regions: Array<[number, number]> = [];
  let count = 0;
  let runStart = -1;
  for (let i = 0; i <= length; i++) {
    count += i < length ? diff[i]! : 0;
    const shared = i < length && count >= minGroups;
    if (shared && runStart < 0) runStart = i;
    if (!shared && runStart >= 0) {
      if (i - runStart >= minLength && i - runStart <= maxLength) regions.push([runStart, i]);
      runStart = -1;
    }
  }
  return regions;
}

/**
 * Marks in `standard` the characters that stretches of at least `minWorks` different works cover
 * together for minRun to STANDARD_MAX_CHARS characters: a run that many independent essays share is a
 * stock formulation; a stretch's work is its passage's (copies of one essay in two sources share it).
 */
export function markRecurringRuns(stretches: readonly Stretch[], length: number, minRun: number, standard: Uint8Array, minWorks = STANDARD_MIN_WORKS): void {
  for (const [a, b] of sharedRegions(stretches, (s) => s.work, length, minWorks, minRun, STANDARD_MAX_CHARS)) standard.fill(1, a, b);
}
