import { chooseCover } from './chooseCover';
import { decodeCounts } from './decodeCounts';
import { decodeUnigrams } from './decodeUnigrams';
import { matchPhrase } from './matchPhrase';
import type { Posting, PostingStore } from './PostingStore';
import type { Scratch } from './SearchScratch';
import type { TermMatches } from './TermMatches';

/** The postings a folded term needs, and an upper bound of the documents it can match. */
export interface TermPlan {
  term: string;
  /** Documents containing the term's rarest gram: exact for one or two units. */
  maxDocs: number;
  grams: Array<{ offset: number; posting: Posting }>;
}

export function planTerm(store: PostingStore, term: string): TermPlan {
  if (term.length === 1) {
    const posting = store.unigram(term.charCodeAt(0));
    return { term, maxDocs: posting.df, grams: [{ offset: 0, posting }] };
  }
  const all: Posting[] = [];
  for (let i = 0; i + 1 < term.length; i++) all.push(store.bigram(term.charCodeAt(i), term.charCodeAt(i + 1)));
  const maxDocs = Math.min(...all.map((p) => p.df));
  if (maxDocs === 0) return { term, maxDocs, grams: [] };
  const cover = chooseCover(all.map((p) => p.bytes.length + (p.positionsLength ?? p.positions.length)));
  // The rarest bigram too, wherever it is: matching starts from it (matchPhrase), so a rare pair in
  // the middle of common words (提升农村: 升农) leaves a few candidates instead of hundreds of thousands.
  const rarest = all.findIndex((p) => p.df === maxDocs);
  if (!cover.includes(rarest)) cover.push(rarest);
  return { term, maxDocs, grams: cover.sort((a, b) => a - b).map((offset) => ({ offset, posting: all[offset]! })) };
}

/**
 * Every document (in `within`, when given) whose folded text contains the planned term, exactly.
 * `docCount`: documents in the library (the size of a unigram bitmap).
 */
export function matchTerm(plan: TermPlan, docCount: number, within: Int32Array | null, scratch?: Scratch): TermMatches {
  if (plan.term.length === 1) return decodeUnigrams(plan.grams[0]!.posting, docCount, within, scratch);
  if (plan.term.length === 2) return decodeCounts(plan.grams[0]!.posting, docCount, within, scratch);
  return matchPhrase(plan.grams, docCount, within, scratch);
}
