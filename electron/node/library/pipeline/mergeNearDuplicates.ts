import type { BuildReportEntry, BuiltPassage } from './corpusTypes';
import { foldForDuplicates } from './foldForDuplicates';
import { shingleHashes } from './shingleHashes';

const K = 4;
const BAND = 5;
const MIN_JACCARD = 0.85;

/**
 * Merges passages whose folded texts (foldForDuplicates) are near-identical (4-gram Jaccard ≥ 0.85) into the first of them,
 * which keeps its text and gains the other's occurrences. Candidates share one of the five smallest
 * shingle hashes (a min-hash band), so comparison stays near-linear in the number of passages.
 */
export function mergeNearDuplicates(passages: BuiltPassage[], report: BuildReportEntry[]): BuiltPassage[] {
  const sets = passages.map((p) => shingleHashes(foldForDuplicates(p.text), K));
  const buckets = new Map<number, number[]>();
  const merged = new Array<boolean>(passages.length).fill(false);
  sets.forEach((set, i) => {
    const smallest = smallestOf(set, BAND);
    for (const h of smallest) {
      const list = buckets.get(h) ?? [];
      for (const j of list) {
        if (merged[j] || merged[i]) continue;
        if (jaccard(sets[j] as Set<number>, set) < MIN_JACCARD) continue;
        const keep = passages[j] as BuiltPassage;
        const drop = passages[i] as BuiltPassage;
        if (keep.occurrences.some((o) => drop.occurrences.some((d) => d.sourceId === o.sourceId && d.start === o.start))) continue;
        keep.occurrences.push(...drop.occurrences);
        merged[i] = true;
        report.push({ sourceId: drop.occurrences[0]?.sourceId ?? '', step: 'dedupe', action: `合并重复段落（相似度 ≥ ${MIN_JACCARD}）到 ${keep.id}`, before: drop.text.slice(0, 60), after: keep.text.slice(0, 60) });
      }
      if (list.length < 50) list.push(i);
      buckets.set(h, list);
    }
  });
  return passages.filter((_, i) => !merged[i]);
}

/** The `k` smallest values of a set, ascending (a partial selection; sorting whole sets dominated the merge). */
function smallestOf(set: Set<number>, k: number): number[] {
  const out: number[] = [];
  for (const h of set) {
    if (out.length === k && h >= out[k - 1]!) continue;
    let at = out.length === k ? k - 1 : out.length;
    while (at > 0 && out[at - 1]! > h) {
      out[at] = out[at - 1]!;
      at--;
    }
    out[at] = h;
  }
  return out;
}

function jaccard(a: Set<number>, b: Set<number>): number {
  let inter = 0;
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  for (const h of small) if (large.has(h)) inter++;
  return inter / (a.size + b.size - inter || 1);
}
