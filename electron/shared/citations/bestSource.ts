import type { SourceInfo } from '../api/apiTypes';
import { sourceKindRank } from '../library/sourceKinds';

function completeness(s: SourceInfo): number {
  return [s.site, s.date, s.url, s.author, s.issuer, s.newspaper, s.journal, s.publisher].filter((v) => !!v?.trim()).length;
}

/**
 * The source a passage found in several is cited from: the most authoritative kind first, then the
 * one whose metadata is most complete (site, date, URL …), then the library's order. A merged
 * passage is never cited from its copy without a site when a twin has one.
 */
export function bestSource(sources: readonly SourceInfo[]): SourceInfo | null {
  let best: SourceInfo | null = null;
  for (const s of sources) {
    if (!best) {
      best = s;
      continue;
    }
    const byKind = sourceKindRank(s.kind) - sourceKindRank(best.kind);
    if (byKind < 0 || (byKind === 0 && completeness(s) > completeness(best))) best = s;
  }
  return best;
}
