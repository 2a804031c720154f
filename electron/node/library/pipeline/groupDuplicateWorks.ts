import type { CleanedSource } from './cleanSource';
import { foldForDuplicates } from './foldForDuplicates';
import { shingleHashes } from './shingleHashes';

export interface WorkRef {
  src: number;
  work: number;
}

export interface WorkGroup {
  primary: WorkRef;
  copies: WorkRef[];
}

const K = 6;
/** A shingle shared by more works than this is a stock phrase, not evidence of copying. */
const MAX_POSTING = 40;
const MIN_CONTAINMENT = 0.5;

export function workRegion(src: CleanedSource, work: number): [number, number] {
  const ps = src.works[work]?.passages ?? [];
  return [ps[0]?.start ?? 0, ps[ps.length - 1]?.end ?? 0];
}

const MASKS = /(?<![A-Za-z])[A-Z](?=总书记|同志|新时代)|XX|某某|\*\*/g;

/**
 * Finds works that are copies of each other (the same essay in two sources) by shared 6-character
 * shingles: candidates come from an inverted index, so the cost grows with the text, not with the
 * square of the number of works. The copy with the most recovered structure (paragraph breaks,
 * headings) and the fewest masks becomes the primary whose passages everyone shares.
 */
export function groupDuplicateWorks(sources: CleanedSource[]): WorkGroup[] {
  // Copies are works of different sources: one source alone has none (and a 1 MB import skips the index).
  if (sources.length < 2) return [];
  const refs: WorkRef[] = [];
  const sets: Set<number>[] = [];
  const index = new Map<number, number[]>();
  sources.forEach((s, src) =>
    s.works.forEach((_, work) => {
      const [a, b] = workRegion(s, work);
      const set = shingleHashes(foldForDuplicates(s.clean.text.slice(a, b)), K);
      const id = refs.length;
      refs.push({ src, work });
      sets.push(set);
      for (const h of set) {
        const list = index.get(h);
        if (!list) index.set(h, [id]);
        else if (list.length <= MAX_POSTING) list.push(id);
      }
    }),
  );
  const parent = refs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i] ?? i)));
  for (let i = 0; i < refs.length; i++) {
    const shared = new Map<number, number>();
    for (const h of sets[i] ?? []) {
      const list = index.get(h);
      if (!list || list.length > MAX_POSTING) continue;
      // Works of one source are never copies of each other here: they are not even counted.
      for (const j of list) if (j > i && refs[j]?.src !== refs[i]?.src) shared.set(j, (shared.get(j) ?? 0) + 1);
    }
    for (const [j, count] of shared) {
      const min = Math.min(sets[i]?.size ?? 0, sets[j]?.size ?? 0);
      if (min > 0 && count / min >= MIN_CONTAINMENT) parent[find(j)] = find(i);
    }
  }
  const components = new Map<number, number[]>();
  refs.forEach((_, i) => {
    const root = find(i);
    components.set(root, [...(components.get(root) ?? []), i]);
  });
  const groups: WorkGroup[] = [];
  for (const members of components.values()) {
    if (members.length < 2) continue;
    const scored = members.map((i) => ({ ref: refs[i] as WorkRef, score: structureScore(sources, refs[i] as WorkRef) }));
    scored.sort((x, y) => y.score - x.score || x.ref.src - y.ref.src);
    const [first, ...rest] = scored;
    if (first) groups.push({ primary: first.ref, copies: rest.map((r) => r.ref) });
  }
  return groups;
}

function structureScore(sources: CleanedSource[], ref: WorkRef): number {
  const s = sources[ref.src] as CleanedSource;
  const [a, b] = workRegion(s, ref.work);
  const text = s.clean.text.slice(a, b);
  const breaks = (text.match(/\n/g) ?? []).length;
  const headings = (s.works[ref.work]?.passages ?? []).filter((p) => p.isHeading).length;
  const masks = (text.match(MASKS) ?? []).length;
  return breaks * 2 + headings - masks * 3;
}
