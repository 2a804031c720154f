import fs from 'node:fs';
import Database from 'better-sqlite3';
import { ApiError } from '../../shared/api/ApiError';
import type { LibraryFacets, PassageContext, RelatedPassage, PassageHit, PassageInfo, SearchResult, SourceDetail, SourceInfo, SourceSummary } from '../../shared/api/apiTypes';
import { findHighlights } from '../../shared/text/findHighlights';
import { parseQuery } from '../../shared/query/parseQuery';
import { foldForIndex } from '../../shared/text/foldForIndex';
import { extractKeyTerms } from './extractKeyTerms';
import { searchAnyOf } from './fulltext/searchAnyOf';
import { searchFulltext, type SearchFilter } from './fulltext/searchFulltext';
import { LIBRARY_SCHEMA_VERSION } from './librarySchema';
import { PassageStore, type PassageRow } from './PassageStore';

/**
 * The library as the user sees it: the shipped, read-only library.db plus their own imported sources
 * in user.db. The shipped library is opened on first use, not at start-up, so the editor is ready
 * before the library is touched.
 */
export class LibraryService {
  private shippedStore: PassageStore | null = null;
  readonly ownStore: PassageStore;

  constructor(
    private readonly file: string,
    userDb: Database.Database,
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
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > LIBRARY_SCHEMA_VERSION) {
      db.close();
      throw new ApiError('db_newer_version', String(version));
    }
    this.shippedStore = new PassageStore(db, false);
    return this.shippedStore;
  }

  private stores(): PassageStore[] {
    const shipped = this.shipped();
    return shipped ? [shipped, this.ownStore] : [this.ownStore];
  }

  count(): number {
    return this.stores().reduce((n, s) => n + s.count(), 0);
  }

  /**
   * The search box: every word or "phrase" must occur as typed (folded for width, case and
   * traditional/simplified), -words must not; ranked by BM25 on the matched characters. Shipped and
   * own passages are ranked together.
   */
  search(input: { query: string; limit?: number; offset?: number } & SearchFilter & { own?: boolean }): SearchResult {
    const limit = input.limit ?? 20;
    const offset = input.offset ?? 0;
    const parsed = parseQuery(input.query);
    const filtered = !!(input.themes?.length || input.kinds?.length || input.sourceIds?.length || input.passageIds);
    if (parsed.include.length === 0 && !filtered) return { total: 0, results: [] };
    if (!this.shipped() && this.ownStore.count() === 0) this.shipped(true);
    const stores = input.own ? [this.ownStore] : this.stores();
    let total = 0;
    let capped = false;
    const hits: Array<{ store: PassageStore; rowid: number; score: number }> = [];
    for (const store of stores) {
      const found = searchFulltext(store.db, parsed, input, offset + limit, 0);
      total += found.total;
      capped ||= found.capped;
      for (const h of found.hits) hits.push({ store, ...h });
    }
    hits.sort((a, b) => a.score - b.score);
    const page = hits.slice(offset, offset + limit);
    const rows = new Map<string, PassageRow>();
    for (const store of stores) {
      const mine = page.filter((h) => h.store === store).map((h) => h.rowid);
      for (const r of store.passagesByRowids(mine)) rows.set(`${store.own}:${r.rowid}`, r);
    }
    const ordered = page.flatMap((h) => rows.get(`${h.store.own}:${h.rowid}`) ?? []);
    const infos = this.toInfos(ordered);
    const results: PassageHit[] = infos.map((info, i) => ({
      ...info,
      highlights: findHighlights(info.text, parsed.highlight),
      kind: ordered[i]!.kind,
      themes: JSON.parse(ordered[i]!.themes) as string[],
      own: page[i]!.store.own,
    }));
    return { total, capped, results };
  }

  getPassages(ids: string[]): PassageInfo[] {
    if (ids.length === 0) return [];
    const rows = new Map<string, PassageRow>();
    for (const store of this.stores()) for (const r of store.passagesByIds(ids)) if (!rows.has(r.id)) rows.set(r.id, r);
    const infos = new Map(this.toInfos([...rows.values()]).map((p) => [p.id, p]));
    return ids.flatMap((id) => infos.get(id) ?? []);
  }

  /**
   * Passages related to a paragraph the writer is working on: those sharing most of its key terms,
   * with the shared terms, best first. Passages already cited in the paragraph are left out.
   */
  related(text: string, excludeIds: string[], limit: number): RelatedPassage[] {
    const terms = extractKeyTerms(text);
    if (terms.length === 0) return [];
    const folded = terms.map((t) => foldForIndex(t));
    const candidates: Array<{ store: PassageStore; rowid: number; score: number }> = [];
    for (const store of this.stores()) for (const h of searchAnyOf(store.db, folded, limit * 4)) candidates.push({ store, ...h });
    const rows = candidates.flatMap((c) => c.store.passagesByRowids([c.rowid]).map((row) => ({ row, score: c.score })));
    const excluded = new Set(excludeIds);
    const ranked = rows
      .filter((r) => !excluded.has(r.row.id) && foldForIndex(r.row.text) !== foldForIndex(text))
      .map((r) => {
        const hay = foldForIndex(r.row.text);
        return { ...r, shared: terms.filter((t, i) => hay.includes(folded[i]!)) };
      })
      .sort((a, b) => b.shared.length - a.shared.length || a.score - b.score)
      .slice(0, limit);
    const infos = this.toInfos(ranked.map((r) => r.row));
    return infos.map((info, i) => ({ ...info, terms: ranked[i]!.shared, highlights: findHighlights(info.text, ranked[i]!.shared) }));
  }

  /** Which of these ids the shipped library holds. */
  shippedIds(ids: string[]): Set<string> {
    const shipped = this.shipped();
    return new Set(shipped ? shipped.passagesByIds(ids).map((r) => r.id) : []);
  }

  isKnownPassage(id: string): boolean {
    return this.stores().some((s) => s.passagesByIds([id]).length > 0);
  }

  /** Theme and kind counts over the whole library, for the filters and for browsing by theme. */
  facets(themeNames: string[]): LibraryFacets {
    const themes = new Map(themeNames.map((n) => [n, 0]));
    const kinds = new Map<string, number>();
    for (const store of this.stores()) {
      for (const r of store.db.prepare('SELECT t.value AS name, count(*) AS n FROM passages p, json_each(p.themes) t GROUP BY t.value').all() as Array<{ name: string; n: number }>) {
        themes.set(r.name, (themes.get(r.name) ?? 0) + r.n);
      }
      for (const r of store.db.prepare('SELECT kind AS name, count(*) AS n FROM passages GROUP BY kind').all() as Array<{ name: string; n: number }>) {
        kinds.set(r.name, (kinds.get(r.name) ?? 0) + r.n);
      }
    }
    return {
      themes: [...themes].map(([name, count]) => ({ name, count })),
      kinds: [...kinds].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count),
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
      passage: { ...info, kind: row.row.kind, themes: JSON.parse(row.row.themes) as string[], incomplete: row.row.incomplete === 1, own: row.store.own },
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
  }

  private toInfos(rows: PassageRow[]): PassageInfo[] {
    const ids = rows.map((r) => r.id);
    const sources = new Map<string, SourceInfo[]>();
    for (const store of this.stores()) {
      for (const [pid, list] of store.sourcesFor(ids)) sources.set(pid, [...(sources.get(pid) ?? []), ...list]);
    }
    return rows.map((r) => ({ id: r.id, text: r.text, heading: r.heading, workTitle: r.work_title, sources: sources.get(r.id) ?? [] }));
  }
}
