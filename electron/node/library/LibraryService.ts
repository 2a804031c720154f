import fs from 'node:fs';
import Database from 'better-sqlite3';
import { ApiError } from '../../shared/api/ApiError';
import type { LibraryFacets, PassageContext, PassageQuote, RelatedPassage, PassageHit, PassageInfo, SearchResult, SourceDetail, SourceInfo, SourceSummary } from '../../shared/api/apiTypes';
import { bestSource } from '../../shared/citations/bestSource';
import { findQuotedStatements, type QuotedStatement } from '../../shared/library/findQuotedStatements';
import { sourceKindRank } from '../../shared/library/sourceKinds';
import { computeHighlights } from '../../shared/search/computeHighlights';
import { foldSearchKey } from '../../shared/search/foldSearchKey';
import { parseSearchQuery, type SearchQuery } from '../../shared/search/parseSearchQuery';
import { extractKeyTerms } from './extractKeyTerms';
import { LIBRARY_SCHEMA_VERSION } from './librarySchema';
import { passageFlagsOf, passageThemesOf, PassageStore, type PassageRow } from './PassageStore';
import { buildSearchIndex } from './search/buildSearchIndex';
import type { PassageSearchFilter } from './search/FacetFilter';
import { PassageSearch, type PassageSearchInput, type SharedSearchStats } from './search/PassageSearch';
import { readSearchGeneration } from './search/readSearchGeneration';
import { userVersion } from '../db/userVersion';

export interface LibrarySearchInput extends PassageSearchFilter {
  query: string;
  limit?: number;
  offset?: number;
  /** Only the user's own sources. */
  own?: boolean;
}

interface Searcher {
  store: PassageStore;
  search: PassageSearch;
}

interface RankedHit {
  store: PassageStore;
  rowid: number;
  score: number;
  /** Source-kind rank (0 = 权威文献): equal scores go to the more authoritative. */
  authority: number;
}

/** Passages whose quoted statements are remembered (quotesIn): a few pages of results. */
const QUOTES_KEPT = 2000;
/** Quoted statements and titles whose originals are remembered (originalOf): those of a few long drafts' citations and pages of results. */
const ORIGINALS_KEPT = 5000;

/** The BM25 statistics of several libraries searched as one: passages, and each word's passages, summed. */
function sharedStats(searchers: Searcher[], query: SearchQuery): SharedSearchStats {
  const terms = [...new Set(query.include.map((t) => t.folded))];
  const df = new Map(terms.map((t) => [t, 0]));
  let totalDocs = 0;
  for (const s of searchers) {
    const own = s.search.termStats(terms);
    totalDocs += own.docs;
    terms.forEach((t, i) => df.set(t, df.get(t)! + own.df[i]!));
  }
  return { totalDocs, df };
}

/** Where the original of a quoted statement may be: never in someone else's essay. */
const ORIGINAL_KINDS = ['权威文献', '新闻报道'];

/**
 * The library as the user sees it: the shipped, read-only library.db plus their own imported sources
 * in user.db, each with its own search index (electron/node/library/search). The shipped library is
 * opened on first use, not at start-up, so the editor is ready before the library is touched.
 */
export class LibraryService {
  private shippedStore: PassageStore | null = null;
  private shippedSearcher: Searcher | null = null;
  private ownSearcher: Searcher | null = null;
  private readonly quotes = new Map<string, { text: string; quotes: QuotedStatement[] }>();
  /** Per quoted statement or title, the passages that may be its original, best first (originalOf). */
  private originals: { generation: number | null; byQuote: Map<string, string[]> } = { generation: null, byQuote: new Map() };
  readonly ownStore: PassageStore;

  constructor(
    private readonly file: string,
    private readonly userDb: Database.Database,
  ) {
    this.ownStore = new PassageStore(userDb, true);
  }

  /** The shipped store, or null when no library has been built (own sources still work). */
  private shipped(required = false): PassageStore | null {
    if (this.shippedStore) return this.shippedStore;
    if (!fs.existsSync(this.file)) {
      if (required) throw new ApiError('library_missing', this.file);
      return null;
    }
    const db = new Database(this.file, { readonly: true, fileMustExist: true });
    const version = userVersion(db);
    if (version > LIBRARY_SCHEMA_VERSION) {
      db.close();
      throw new ApiError('db_newer_version', String(version));
    }
    if (version < LIBRARY_SCHEMA_VERSION) {
      db.close();
      throw new ApiError('library_outdated', String(version));
    }
    this.shippedStore = new PassageStore(db, false);
    return this.shippedStore;
  }

  private stores(): PassageStore[] {
    const shipped = this.shipped();
    return shipped ? [shipped, this.ownStore] : [this.ownStore];
  }

  /** Searchers of the libraries that have passages: the shipped one, then the user's own. */
  private searchers(ownOnly = false): Searcher[] {
    const out: Searcher[] = [];
    const shipped = ownOnly ? null : this.shipped();
    if (shipped) {
      if (!this.shippedSearcher) {
        let search: PassageSearch;
        try {
          search = new PassageSearch(shipped.db);
        } catch (err) {
          throw new ApiError('library_outdated', err instanceof Error ? err.message : String(err));
        }
        this.shippedSearcher = { store: shipped, search };
      }
      if (this.shippedSearcher.search.count > 0) out.push(this.shippedSearcher);
    }
    const own = this.ownSearch();
    if (own.search.count > 0) out.push(own);
    return out;
  }

  /**
   * The own library's index, reopened when another call (or another process) rebuilt it: its
   * generation is one indexed read, cheaper than any search.
   */
  private ownSearch(): Searcher {
    let generation = readSearchGeneration(this.userDb);
    if (generation === null) {
      buildSearchIndex(this.userDb);
      generation = readSearchGeneration(this.userDb);
    }
    if (!this.ownSearcher || this.ownSearcher.search.generation !== generation) {
      let search: PassageSearch;
      try {
        search = new PassageSearch(this.userDb, { cacheBytes: 4 * 1024 * 1024 });
      } catch {
        // An index older than the passages (written by an older version): rebuild it, it is small.
        buildSearchIndex(this.userDb);
        search = new PassageSearch(this.userDb, { cacheBytes: 4 * 1024 * 1024 });
      }
      this.ownSearcher = { store: this.ownStore, search };
    }
    return this.ownSearcher;
  }

  count(): number {
    return this.stores().reduce((n, s) => n + s.count(), 0);
  }

  /**
   * The search box: every word or "phrase" must occur as typed (folded for width, case and
   * traditional/simplified), -words must not; ranked by BM25 with a heading boost. Shipped and own
   * passages are ranked together; totals are exact.
   */
  search(input: LibrarySearchInput): SearchResult {
    const limit = input.limit ?? 20;
    const offset = input.offset ?? 0;
    const query = parseSearchQuery(input.query);
    const filter: PassageSearchFilter = { themes: input.themes, kinds: input.kinds, sourceIds: input.sourceIds, sourceKinds: input.sourceKinds, ids: input.ids };
    const filtered = !!(filter.themes?.length || filter.kinds?.length || filter.sourceIds?.length || filter.sourceKinds?.length || filter.ids);
    if (query.include.length === 0 && !filtered) return { total: 0, results: [] };
    if (!this.shipped() && this.ownStore.count() === 0) this.shipped(true);
    const ranked = this.rankAcross(this.searchers(input.own), { query, filter, limit, offset });
    const terms = query.include.map((t) => t.folded);
    const rows = this.rowsOf(ranked.hits);
    const results: PassageHit[] = [];
    const infos = this.toInfos(rows.map((r) => r.row));
    rows.forEach(({ row, store }, i) => {
      results.push({
        ...infos[i]!,
        highlights: computeHighlights(row.text, terms, row.folded),
        kind: row.kind,
        themes: passageThemesOf(row),
        own: store.own,
        flags: passageFlagsOf(row),
      });
    });
    return { total: ranked.total, results };
  }

  /**
   * One ranked page over several libraries: each ranks its best offset + limit, the page is cut from
   * the merge. The scores are comparable because every library scores with the same statistics (the
   * passages and each word's passages summed over all of them), as one library holding both would.
   */
  private rankAcross(searchers: Searcher[], input: PassageSearchInput & { limit: number; offset: number }): { total: number; hits: RankedHit[] } {
    if (searchers.length === 1) {
      const r = searchers[0]!.search.rank(input);
      return { total: r.total, hits: r.rowids.map((rowid, i) => ({ store: searchers[0]!.store, rowid, score: r.scores[i]!, authority: r.authority[i]! })) };
    }
    const stats = sharedStats(searchers, typeof input.query === 'string' ? parseSearchQuery(input.query) : input.query);
    let total = 0;
    const hits: RankedHit[] = [];
    for (const s of searchers) {
      const r = s.search.rank({ ...input, stats, offset: 0, limit: input.offset + input.limit });
      total += r.total;
      r.rowids.forEach((rowid, i) => hits.push({ store: s.store, rowid, score: r.scores[i]!, authority: r.authority[i]! }));
    }
    // Stable: equal scores (browsing without words) go authoritative first, then shipped before own, each in library order.
    hits.sort((a, b) => b.score - a.score || a.authority - b.authority);
    return { total, hits: hits.slice(input.offset, input.offset + input.limit) };
  }

  /** The rows of ranked hits, in rank order. */
  private rowsOf(hits: RankedHit[]): Array<{ row: PassageRow; store: PassageStore; score: number; authority: number }> {
    const byStore = new Map<PassageStore, Map<number, PassageRow>>();
    for (const store of new Set(hits.map((h) => h.store))) {
      byStore.set(store, new Map(store.passagesByRowids(hits.filter((h) => h.store === store).map((h) => h.rowid)).map((r) => [r.rowid, r])));
    }
    return hits.flatMap((h) => {
      const row = byStore.get(h.store)?.get(h.rowid);
      return row ? [{ row, store: h.store, score: h.score, authority: h.authority }] : [];
    });
  }

  /**
   * Passages by id, each statement quoted in them with its original looked up (unless options.originals is false) (a passage of a
   * 权威文献 or 新闻报道 source that has the statement, or the work a 《title》 names), so a citation
   * of the statement cites the original once it is in the library.
   */
  getPassages(ids: string[], options: { originals?: boolean } = {}): PassageInfo[] {
    if (ids.length === 0) return [];
    const rows = new Map<string, PassageRow>();
    for (const store of this.stores()) for (const r of store.passagesByIds(ids)) if (!rows.has(r.id)) rows.set(r.id, r);
    const infos = new Map(this.toInfos([...rows.values()]).map((p) => [p.id, p]));
    return ids.flatMap((id) => {
      const info = infos.get(id);
      if (!info) return [];
      // Looking the originals up searches the library: only callers that cite ask for it (the check does not).
      return info.quotes?.length && options.originals !== false ? [{ ...info, quotes: info.quotes.map((q) => ({ ...q, original: this.originalOf(q, id) })) }] : [info];
    });
  }

  /**
   * The original of a statement or title quoted in passage `within`, or null when the library does not
   * have it. The candidates for a statement or title are looked up once per state of the library (the
   * shipped one never changes while open, the own one's search index generation changes with every
   * import, correction or deletion) and shared by every passage that quotes it: the same words of the
   * 总书记 are quoted in many essays, and a page of results asks for each of them.
   */
  private originalOf(q: QuotedStatement, within: string): PassageQuote['original'] {
    const generation = readSearchGeneration(this.userDb);
    if (this.originals.generation !== generation) this.originals = { generation, byQuote: new Map() };
    const key = `${q.type}\u0000${q.text}`;
    let candidates = this.originals.byQuote.get(key);
    if (!candidates) {
      candidates = q.type === 'statement' ? this.passagesSaying(q.text) : [this.firstPassageOfWork(q.text)].filter((id) => id !== null);
      if (this.originals.byQuote.size >= ORIGINALS_KEPT) this.originals.byQuote.delete(this.originals.byQuote.keys().next().value!);
      this.originals.byQuote.set(key, candidates);
    }
    // Never the quoting passage itself (a statement); a title's first passage may be it.
    const passageId = q.type === 'statement' ? candidates.find((id) => id !== within) : candidates[0];
    if (!passageId) return null;
    const info = this.toInfos(this.stores().flatMap((s) => s.passagesByIds([passageId])).slice(0, 1))[0];
    const source = info ? bestSource(info.sources.filter((s) => ORIGINAL_KINDS.includes(s.kind ?? ''))) : null;
    return info && source ? { passageId, workTitle: info.workTitle, source } : null;
  }

  /** Passages of authoritative or news sources containing every clause of the statement (punctuation may differ), best first. */
  private passagesSaying(statement: string): string[] {
    const clauses = statement.split(/[\s\p{P}]+/u).filter((c) => Array.from(c).length >= 4);
    if (clauses.length === 0) return [];
    const query: SearchQuery = { include: clauses.slice(0, 8).map((c) => ({ raw: c, folded: foldSearchKey(c), phrase: true })), exclude: [] };
    const ranked = this.rankAcross(this.searchers(), { query, filter: { sourceKinds: ORIGINAL_KINDS }, limit: 10, offset: 0 });
    return this.rowsOf(ranked.hits)
      .sort((a, b) => a.authority - b.authority || b.score - a.score)
      .map((r) => r.row.id);
  }

  /** The first passage of the work (or source) of an authoritative or news source whose title is, or ends with, `title`. */
  private firstPassageOfWork(title: string): string | null {
    const want = foldSearchKey(title.trim());
    if (want.length < 2) return null;
    const candidates = this.stores()
      .flatMap((store) => store.worksOfKinds(ORIGINAL_KINDS).map((w) => ({ ...w, store })))
      .filter((w) => [w.title, w.sourceTitle].some((t) => foldSearchKey(t).endsWith(want)))
      .sort((a, b) => sourceKindRank(a.kind) - sourceKindRank(b.kind));
    for (const c of candidates) {
      const first = c.store.workOccurrences(c.id)[0];
      if (first) return first.passage_id;
    }
    return null;
  }

  /**
   * Passages related to a paragraph the writer is working on: those sharing most of its key terms
   * (jieba), with the shared terms, best first. Passages already cited in the paragraph, and the
   * paragraph's own text, are left out.
   */
  related(text: string, excludeIds: string[], limit: number): RelatedPassage[] {
    const terms = extractKeyTerms(text);
    if (terms.length === 0) return [];
    const folded = terms.map((t) => foldSearchKey(t));
    const searchers = this.searchers();
    const candidates = new Map<string, RankedHit>();
    for (const term of folded) {
      const query = { include: [{ raw: term, folded: term, phrase: true }], exclude: [] };
      for (const h of this.rankAcross(searchers, { query, limit: limit * 4, offset: 0 }).hits) {
        const key = `${h.store.own}:${h.rowid}`;
        const seen = candidates.get(key);
        if (seen) seen.score += h.score;
        else candidates.set(key, { ...h });
      }
    }
    const excluded = new Set(excludeIds);
    const own = foldSearchKey(text);
    const ranked = this.rowsOf([...candidates.values()])
      .filter((r) => !excluded.has(r.row.id) && foldSearchKey(r.row.text) !== own)
      .map((r) => {
        const hay = foldSearchKey(r.row.text);
        return { ...r, shared: terms.filter((_, i) => hay.includes(folded[i]!)) };
      })
      .sort((a, b) => b.shared.length - a.shared.length || b.score - a.score)
      .slice(0, limit);
    const infos = this.toInfos(ranked.map((r) => r.row));
    return infos.map((info, i) => ({ ...info, terms: ranked[i]!.shared, flags: passageFlagsOf(ranked[i]!.row), highlights: computeHighlights(info.text, ranked[i]!.shared.map((t) => foldSearchKey(t))) }));
  }

  /** The shipped library's database (read-only), or null when none is built: a pack carries its passages' rows. */
  shippedDb(): Database.Database | null {
    return this.shipped()?.db ?? null;
  }

  /** Which of these ids the shipped library holds. */
  shippedIds(ids: string[]): Set<string> {
    const shipped = this.shipped();
    return new Set(shipped ? shipped.passagesByIds(ids).map((r) => r.id) : []);
  }

  isKnownPassage(id: string): boolean {
    return this.stores().some((s) => s.passagesByIds([id]).length > 0);
  }

  /** Theme and kind counts over the whole library (the search index's facet lists), for the filters and for browsing by theme. */
  facets(themeNames: string[]): LibraryFacets {
    const themes = new Map(themeNames.map((n) => [n, 0]));
    const kinds = new Map<string, number>();
    const sourceKinds = new Map<string, number>();
    for (const { search } of this.searchers()) {
      for (const f of search.facetCounts()) {
        const into = f.facet === 'theme' ? themes : f.facet === 'kind' ? kinds : f.facet === 'sourceKind' ? sourceKinds : null;
        into?.set(f.value, (into.get(f.value) ?? 0) + f.count);
      }
    }
    return {
      themes: [...themes].map(([name, count]) => ({ name, count })),
      kinds: [...kinds].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count),
      // In the order of authority, as the filter lists them.
      sourceKinds: [...sourceKinds].map(([name, count]) => ({ name, count })).sort((a, b) => sourceKindRank(a.name) - sourceKindRank(b.name)),
    };
  }

  listSources(): SourceSummary[] {
    return this.stores().flatMap((s) => s.listSources());
  }

  getSource(id: string): SourceDetail {
    const store = this.stores().find((s) => s.hasSource(id));
    if (!store) throw new ApiError('not_found', id);
    const summary = store.listSources().find((s) => s.id === id)!;
    const workList = store.works(id).map((w) => {
      const occ = store.workOccurrences(w.id);
      const rows = new Map<string, { row: PassageRow; own: boolean }>();
      for (const s of this.stores()) for (const r of s.passagesByIds(occ.map((o) => o.passage_id))) if (!rows.has(r.id)) rows.set(r.id, { row: r, own: s.own });
      return {
        id: w.id,
        title: w.title,
        passages: occ.flatMap((o) => {
          const found = rows.get(o.passage_id);
          return found ? [PassageStore.toSourcePassage(found.row, o, found.own)] : [];
        }),
      };
    });
    return { ...summary, rawText: store.rawText(id) ?? '', workList };
  }

  getPassageContext(id: string): PassageContext {
    const row = this.stores()
      .map((s) => ({ store: s, row: s.passagesByIds([id])[0] }))
      .find((x) => x.row);
    if (!row?.row) throw new ApiError('not_found', id);
    const info = this.toInfos([row.row])[0]!;
    const occurrences = this.stores().flatMap((s) =>
      s.occurrencesOf(id).map((o) => ({ sourceId: o.source_id, sourceTitle: o.source_title, workId: o.work_id, workTitle: o.work_title, start: o.start, end: o.end })),
    );
    const first = occurrences[0];
    const owner = first ? this.stores().find((s) => s.hasSource(first.sourceId))! : row.store;
    const workId = first?.workId ?? row.row.work_id;
    const occ = owner.workOccurrences(workId);
    const texts = new Map<string, string>();
    for (const s of this.stores()) for (const r of s.passagesByIds(occ.map((o) => o.passage_id))) if (!texts.has(r.id)) texts.set(r.id, r.text);
    return {
      passage: { ...info, kind: row.row.kind, themes: passageThemesOf(row.row), incomplete: row.row.incomplete === 1, own: row.store.own, flags: passageFlagsOf(row.row) },
      occurrences,
      work: {
        id: workId,
        title: first?.workTitle ?? row.row.work_title,
        passages: occ.flatMap((o) => (texts.has(o.passage_id) ? [{ id: o.passage_id, text: texts.get(o.passage_id)! }] : [])),
      },
    };
  }

  close(): void {
    this.shippedStore?.db.close();
    this.shippedStore = null;
    this.shippedSearcher = null;
    this.ownSearcher = null;
  }

  private toInfos(rows: PassageRow[]): PassageInfo[] {
    const ids = rows.map((r) => r.id);
    const sources = new Map<string, SourceInfo[]>();
    for (const store of this.stores()) {
      for (const [pid, list] of store.sourcesFor(ids)) sources.set(pid, [...(sources.get(pid) ?? []), ...list]);
    }
    return rows.map((r) => {
      const quotes = this.quotesIn(r);
      return { id: r.id, text: r.text, heading: r.heading, workTitle: r.work_title, sources: sources.get(r.id) ?? [], ...(quotes.length ? { quotes } : {}) };
    });
  }

  /**
   * The statements quoted in a passage, remembered for the passages shown last: typing 乡 → 乡村 →
   * 乡村振兴 shows many of the same passages again, and a page of 50 would find them anew each time.
   * Keyed by id and checked against the text (an own passage can be corrected).
   */
  private quotesIn(row: PassageRow): QuotedStatement[] {
    const known = this.quotes.get(row.id);
    if (known && known.text === row.text) {
      this.quotes.delete(row.id);
      this.quotes.set(row.id, known);
      return known.quotes;
    }
    const quotes = findQuotedStatements(row.text);
    this.quotes.set(row.id, { text: row.text, quotes });
    if (this.quotes.size > QUOTES_KEPT) this.quotes.delete(this.quotes.keys().next().value!);
    return quotes;
  }
}
