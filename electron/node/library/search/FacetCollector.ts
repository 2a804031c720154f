import { ByteWriter } from './ByteWriter';

/** Document lists per facet value (theme, kind, source), so a filter is a few small list reads. */
export class FacetCollector {
  private readonly lists = new Map<string, { facet: string; value: string; last: number; df: number; w: ByteWriter }>();

  add(facet: string, value: string, doc: number): void {
    const key = `${facet}\u0000${value}`;
    let list = this.lists.get(key);
    if (!list) {
      list = { facet, value, last: -1, df: 0, w: new ByteWriter() };
      this.lists.set(key, list);
    }
    // A passage can occur twice in one source; its doc is listed once.
    if (doc === list.last) return;
    if (doc < list.last) throw new Error('FacetCollector: documents must arrive in order');
    list.w.varint(doc - list.last);
    list.last = doc;
    list.df++;
  }

  *entries(): Generator<{ facet: string; value: string; df: number; postings: Uint8Array }> {
    for (const l of this.lists.values()) yield { facet: l.facet, value: l.value, df: l.df, postings: l.w.view() };
  }
}
