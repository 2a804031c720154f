import type Database from 'better-sqlite3';
import { computeHighlights } from '../../../shared/search/computeHighlights';
import { parseSearchQuery, type SearchQuery } from '../../../shared/search/parseSearchQuery';
import { FacetFilter, type PassageSearchFilter } from './FacetFilter';
import { headingMarks } from './headingMarks';
import { matchTerm, planTerm } from './matchTerm';
import { PostingStore } from './PostingStore';
import { scoreDocs, topK, type RankTerm } from './rankDocs';
import { SearchDocs } from './SearchDocs';
import { SearchScratch, type Scratch } from './SearchScratch';
import type { TermMatches } from './TermMatches';

export interface PassageSearchInput {
  /** What the user typed: words (AND), "phrases", -exclusions; or terms already parsed. */
  query: string | SearchQuery;
  limit?: number;
  offset?: number;
  filter?: PassageSearchFilter;
  /**
   * Statistics of all the libraries searched together (shared BM25 statistics): when a search runs
   * over several indexes and their scores are merged, each must weigh a word by the same idf.
   */
  stats?: SharedSearchStats;
}

/**
 * Passages and, per folded word, passages containing it, summed over the libraries searched together
 * (PassageSearch.termStats of each). Length is still normalised by each library's own average: the
 * stored top lists order a library's passages by it, and it only compares a passage with its neighbours.
 */
export interface SharedSearchStats {
  totalDocs: number;
  df: ReadonlyMap<string, number>;
}

export interface PassageSearchHit {
  rowid: number;
  id: string;
  /** Higher is better; 0 when there are no words to rank by. */
  score: number;
  /** [start, end) offsets into the passage text where the words occur. */
  highlights: Array<[number, number]>;
}

export interface PassageSearchResult {
  /** Every matching passage, counted exactly. */
  total: number;
  hits: PassageSearchHit[];
}

/** A ranked page without the passages' texts: callers that merge several libraries read only the page they show. */
export interface PassageRanking {
  total: number;
  rowids: number[];
  /** Higher is better, aligned with `rowids`. */
  scores: number[];
  /** The folded words looked for, for highlighting. */
  terms: string[];
  /** Source-kind rank of each (0 = 权威文献), for merging rankings of several libraries with the same tie-break. */
  authority: number[];
}

/** The entries of `docs` not in `remove` (both sorted). */
function without(docs: Int32Array, remove: Int32Array, scratch: Scratch): Int32Array {
  if (remove.length === 0) return docs;
  const out = scratch.int32(docs.length);
  let n = 0;
  let r = 0;
  for (const d of docs) {
    while (r < remove.length && remove[r]! < d) r++;
    if (remove[r] !== d) out[n++] = d;
  }
  return out.subarray(0, n);
}

/** A term's frequencies for the final documents, which are a subset of its matches. */
function alignTf(m: TermMatches, docs: Int32Array, scratch: Scratch): Int32Array {
  if (m.docs.length === docs.length) return m.tf;
  const tf = scratch.int32(docs.length);
  let j = 0;
  for (let i = 0; i < docs.length; i++) {
    while (m.docs[j]! < docs[i]!) j++;
    tf[i] = m.tf[j]!;
  }
  return tf;
}

/**
 * Full-text search over a library database that has a search index (buildSearchIndex). Every
 * passage whose folded text contains every word is found (exact substring recall, no false
 * positives, exact total), ranked by BM25 with a heading boost. Open one per database and reuse
 * it: it keeps the per-passage arrays and recently used posting lists in memory.
 */
export class PassageSearch {
  private readonly docs: SearchDocs;
  private readonly store: PostingStore;
  private readonly facets: FacetFilter;
  private readonly passageStmt: Database.Statement<[number], { id: string; text: string }>;
  private readonly headingCache = new Map<string, Uint8Array>();
  private readonly facetCountStmt: Database.Statement<[], { facet: string; value: string; count: number }>;

  private readonly useTopLists: boolean;
  /** The working arrays of rankDocs, reused by each search (the views of one are dead by the next). */
  private readonly scratch = new SearchScratch();

  /**
   * `cacheBytes`: how much of recently used posting lists to keep (default 48 MB; 0 reads every list anew).
   * `topLists: false` ranks every search in full (to check the stored top lists against).
   */
  constructor(db: Database.Database, options: { cacheBytes?: number; topLists?: boolean } = {}) {
    this.useTopLists = options.topLists ?? true;
    this.docs = new SearchDocs(db);
    this.store = new PostingStore(db, options.cacheBytes);
    this.facets = new FacetFilter(db, this.store, this.docs);
    this.passageStmt = db.prepare('SELECT id, text FROM passages WHERE rowid = ?');
    this.facetCountStmt = db.prepare('SELECT facet, value, df AS count FROM search_facets');
  }

  /** How many passages each facet value (theme, kind, source) has. */
  facetCounts(): Array<{ facet: string; value: string; count: number }> {
    return this.facetCountStmt.all();
  }

  /** The index build this search reads (compare with readSearchGeneration to notice a rebuild). */
  get generation(): number {
    return this.docs.generation;
  }

  /** Passages in the index. */
  get count(): number {
    return this.docs.count;
  }

  /**
   * This library's share of shared statistics for `terms` (folded words): its passage count and, per
   * word, the passages containing it (exact for one or two units, else those with its rarest pair,
   * an upper bound read from the list lengths alone).
   */
  termStats(terms: readonly string[]): { docs: number; df: number[] } {
    return { docs: this.docs.count, df: terms.map((t) => planTerm(this.store, t).maxDocs) };
  }

  search(input: PassageSearchInput): PassageSearchResult {
    const ranking = this.rank(input);
    return { total: ranking.total, hits: this.hits(ranking) };
  }

  rank(input: PassageSearchInput): PassageRanking {
    const ranking = this.rankDocs(input);
    return { ...ranking, rowids: ranking.docs.map((d) => this.docs.rowids[d]!), authority: ranking.docs.map((d) => this.docs.authority[d]!) };
  }

  private rankDocs(input: PassageSearchInput): Omit<PassageRanking, 'rowids' | 'authority'> & { docs: number[] } {
    this.scratch.reset();
    const limit = Math.max(0, Math.floor(input.limit ?? 20));
    const offset = Math.max(0, Math.floor(input.offset ?? 0));
    const query = typeof input.query === 'string' ? parseSearchQuery(input.query) : input.query;
    const include = [...new Set(query.include.map((t) => t.folded))];
    const exclude = [...new Set(query.exclude.map((t) => t.folded))];
    const within = this.facets.docsFor(input.filter);
    const totalDocs = input.stats?.totalDocs ?? this.docs.count;
    const sharedDf = (term: string) => input.stats?.df.get(term);
    // A filter nothing passes (no source of the kinds asked for): nothing to read.
    if (within && within.length === 0) return { total: 0, docs: [], scores: [], terms: include };
    if (include.length === 0) {
      // Browsing a filter (or everything but the excluded words): library order, authoritative sources first.
      if (!within && exclude.length === 0) return { total: 0, docs: [], scores: [], terms: [] };
      const docs = this.byAuthority(this.exclude(within ?? Int32Array.from({ length: this.docs.count }, (_, i) => i), exclude));
      const page = Array.from(docs.subarray(offset, offset + limit));
      return { total: docs.length, docs: page, scores: page.map(() => 0), terms: [] };
    }
    if (this.useTopLists && include.length === 1 && include[0]!.length <= 2 && exclude.length === 0 && !within) {
      const ranked = this.fromTopList(include[0]!, offset, limit, input.stats);
      if (ranked) return ranked;
    }
    // Rarest first: each term is then only looked for among the previous terms' matches.
    const plans = include.map((t) => planTerm(this.store, t)).sort((a, b) => a.maxDocs - b.maxDocs);
    if (plans[0]!.maxDocs === 0) return { total: 0, docs: [], scores: [], terms: include };
    const matches: TermMatches[] = [];
    let docs = within;
    for (const plan of plans) {
      const m = matchTerm(plan, this.docs.count, docs, this.scratch);
      matches.push(m);
      docs = m.docs;
      if (docs.length === 0) return { total: 0, docs: [], scores: [], terms: include };
    }
    const final = this.exclude(docs!, exclude);
    if (final.length === 0) return { total: 0, docs: [], scores: [], terms: include };
    const terms: RankTerm[] = plans.map((plan, i) => ({
      tf: alignTf(matches[i]!, final, this.scratch),
      // Shared when given; else exact when computed over the whole library or for one or two units,
      // otherwise the rarest bigram's count.
      df: sharedDf(plan.term) ?? (i === 0 && !within ? matches[0]!.docs.length : plan.maxDocs),
      inHeading: this.headingsWith(plan.term),
    }));
    const scores = scoreDocs({ docs: final, terms, lengths: this.docs.lengths, averageLength: this.docs.averageLength, headingOf: this.docs.headingOf, totalDocs }, this.scratch);
    const order = topK(scores, offset + limit, (i) => this.docs.authority[final[i]!]!).subarray(offset);
    return { total: final.length, docs: Array.from(order, (i) => final[i]!), scores: Array.from(order, (i) => scores[i]!), terms: include };
  }

  /** A page of a one- or two-unit string searched alone, from its stored top list when it has one that reaches the page. */
  private fromTopList(term: string, offset: number, limit: number, stats: SharedSearchStats | undefined): (Omit<PassageRanking, 'rowids' | 'authority'> & { docs: number[] }) | null {
    const top = this.store.top(term);
    if (!top || offset + limit > top.docs.length) return null;
    const docs = top.docs.subarray(offset, offset + limit);
    // One word: the idf scales every score alike, so the stored order holds under shared statistics too.
    const terms: RankTerm[] = [{ tf: top.tf.subarray(offset, offset + limit), df: stats?.df.get(term) ?? top.df, inHeading: this.headingsWith(term) }];
    const scores = scoreDocs({ docs, terms, lengths: this.docs.lengths, averageLength: this.docs.averageLength, headingOf: this.docs.headingOf, totalDocs: stats?.totalDocs ?? this.docs.count });
    return { total: top.df, docs: Array.from(docs), scores: Array.from(scores), terms: [term] };
  }

  /** Browsing without words: 权威文献 first, then 新闻报道, then the rest, each in library order (a counting sort). */
  private byAuthority(docs: Int32Array): Int32Array {
    const counts = new Int32Array(256);
    for (const d of docs) counts[this.docs.authority[d]!]!++;
    if (counts.filter((c) => c > 0).length <= 1) return docs;
    const starts = new Int32Array(256);
    for (let r = 1; r < 256; r++) starts[r] = starts[r - 1]! + counts[r - 1]!;
    const out = new Int32Array(docs.length);
    for (const d of docs) out[starts[this.docs.authority[d]!]!++] = d;
    return out;
  }

  private exclude(docs: Int32Array, terms: string[]): Int32Array {
    for (const term of terms) {
      if (docs.length === 0) break;
      const plan = planTerm(this.store, term);
      if (plan.maxDocs > 0) docs = without(docs, matchTerm(plan, this.docs.count, docs, this.scratch).docs, this.scratch);
    }
    return docs;
  }

  /** Which headings contain a term: headings are few (shared by many passages), so a scan is cheap. */
  private headingsWith(term: string): Uint8Array {
    let marks = this.headingCache.get(term);
    if (!marks) {
      marks = headingMarks(this.docs.headings, term);
      if (this.headingCache.size >= 256) this.headingCache.delete(this.headingCache.keys().next().value!);
      this.headingCache.set(term, marks);
    }
    return marks;
  }

  private hits(ranking: PassageRanking): PassageSearchHit[] {
    return ranking.rowids.map((rowid, i) => {
      const row = this.passageStmt.get(rowid)!;
      return { rowid, id: row.id, score: ranking.scores[i]!, highlights: computeHighlights(row.text, ranking.terms) };
    });
  }
}
