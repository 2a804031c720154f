import type Database from 'better-sqlite3';
import type { PostingStore } from './PostingStore';
import type { SearchDocs } from './SearchDocs';
import { VarintReader } from './VarintReader';

export interface PassageSearchFilter {
  /** Passages with any of these themes. */
  themes?: string[];
  /** Passages of any of these kinds (论述, 做法 …). */
  kinds?: string[];
  /** Passages that occur in any of these sources. */
  sourceIds?: string[];
  /** Passages that occur in a source of any of these kinds (权威文献, 新闻报道, 参考范文). */
  sourceKinds?: string[];
  /** Only these passages (favourites), by passage id. */
  ids?: string[];
}

/**
 * The documents a filter allows, sorted, or null when it allows every document. Values of one
 * facet are alternatives (OR); different facets all apply (AND). The last result is kept, since a
 * filter stays the same while the words change.
 */
export class FacetFilter {
  private lastKey = '';
  private last: Int32Array | null = null;
  private readonly idStmt: Database.Statement<[string], { rowid: number }>;

  constructor(
    db: Database.Database,
    private readonly store: PostingStore,
    private readonly docs: SearchDocs,
  ) {
    this.idStmt = db.prepare('SELECT rowid FROM passages WHERE id = ?');
  }

  docsFor(filter: PassageSearchFilter | undefined): Int32Array | null {
    const facets: Array<[string, string[]]> = [];
    if (filter?.themes?.length) facets.push(['theme', filter.themes]);
    if (filter?.kinds?.length) facets.push(['kind', filter.kinds]);
    if (filter?.sourceIds?.length) facets.push(['source', filter.sourceIds]);
    if (filter?.sourceKinds?.length) facets.push(['sourceKind', filter.sourceKinds]);
    if (facets.length === 0 && !filter?.ids) return null;
    const key = JSON.stringify([facets, filter?.ids ?? null]);
    if (key === this.lastKey && this.last) return this.last;
    // Each facet (and the id list) marks its documents; a document allowed by all has every mark.
    const need = facets.length + (filter?.ids ? 1 : 0);
    const marks = new Uint8Array(this.docs.count);
    for (const [facet, values] of facets) {
      const seen = new Uint8Array(this.docs.count);
      for (const value of new Set(values)) {
        const p = this.store.facet(facet, value);
        const r = new VarintReader(p.bytes);
        let doc = -1;
        for (let i = 0; i < p.df; i++) {
          doc += r.next();
          if (!seen[doc]) {
            seen[doc] = 1;
            marks[doc]!++;
          }
        }
      }
    }
    if (filter?.ids) {
      for (const id of new Set(filter.ids)) {
        const row = this.idStmt.get(id);
        const doc = row ? this.docs.docOf(row.rowid) : -1;
        if (doc >= 0) marks[doc]!++;
      }
    }
    let n = 0;
    for (let d = 0; d < marks.length; d++) if (marks[d] === need) n++;
    const out = new Int32Array(n);
    n = 0;
    for (let d = 0; d < marks.length; d++) if (marks[d] === need) out[n++] = d;
    this.lastKey = key;
    this.last = out;
    return out;
  }
}
