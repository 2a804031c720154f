import { headingMarks } from './headingMarks';
import { scoreDocs, topK } from './rankDocs';
import type { TermMatches } from './TermMatches';
import { TOP_LIST_SIZE } from './topListFormat';

export interface TopListContext {
  lengths: Uint32Array;
  averageLength: number;
  headingOf: Uint32Array;
  /** Folded headings by heading id (index 0 unused). */
  headings: string[];
  totalDocs: number;
  /** Source-kind rank of each document (SearchDocs.authority): equal scores rank authoritative first. */
  authority: Uint8Array;
}

/**
 * The top list of a one- or two-unit string from its matches as decoded from the stored list (a
 * unigram bitmap keeps counts up to 4): ranked by exactly the inputs PassageSearch.rank uses for
 * that string searched alone over the whole library.
 */
export function computeTopList(term: string, m: TermMatches, ctx: TopListContext): { docs: Int32Array; tf: Int32Array } {
  const inHeading = headingMarks(ctx.headings, term);
  const scores = scoreDocs({ docs: m.docs, terms: [{ tf: m.tf, df: m.docs.length, inHeading }], lengths: ctx.lengths, averageLength: ctx.averageLength, headingOf: ctx.headingOf, totalDocs: ctx.totalDocs });
  const order = topK(scores, TOP_LIST_SIZE, (i) => ctx.authority[m.docs[i]!]!);
  return { docs: Int32Array.from(order, (i) => m.docs[i]!), tf: Int32Array.from(order, (i) => m.tf[i]!) };
}
