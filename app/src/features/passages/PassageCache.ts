import type { QianwanApi } from '../../../../electron/shared/api/QianwanApi';
import type { PassageInfo } from '../../../../electron/shared/api/apiTypes';

/**
 * The passages the open document cites, fetched once each and shared by the footnotes, the citation
 * tooltips and the quotation check. `null` marks an id the library does not (or no longer) hold.
 */
export class PassageCache {
  private readonly byId = new Map<string, PassageInfo | null>();
  private readonly pending = new Set<string>();
  private readonly listeners = new Set<() => void>();

  constructor(private readonly api: QianwanApi) {}

  get(id: string): PassageInfo | null | undefined {
    return this.byId.get(id);
  }

  /** Fetches the ids not known yet; listeners hear once they arrive. */
  ensure(ids: string[]): void {
    const missing = ids.filter((id) => !this.byId.has(id) && !this.pending.has(id));
    if (missing.length === 0) return;
    missing.forEach((id) => this.pending.add(id));
    this.api.getPassages({ ids: missing }).then(
      (found) => {
        const map = new Map(found.map((p) => [p.id, p]));
        for (const id of missing) {
          this.pending.delete(id);
          this.byId.set(id, map.get(id) ?? null);
        }
        this.listeners.forEach((l) => l());
      },
      () => missing.forEach((id) => this.pending.delete(id)),
    );
  }

  /**
   * Remembers a passage the UI already has (e.g. a search result being inserted). A search result's
   * quoted statements come without their originals looked up: such a passage is fetched instead.
   */
  put(passage: PassageInfo): void {
    if (passage.quotes?.some((q) => q.original === undefined)) return this.ensure([passage.id]);
    this.byId.set(passage.id, passage);
    this.listeners.forEach((l) => l());
  }

  /**
   * Fetches again every passage known, e.g. after a passage was corrected, a source deleted or an
   * original imported (a 转引 may now cite it). The old values stay shown until the new arrive.
   */
  refresh(): void {
    const ids = [...this.byId.keys()];
    if (ids.length === 0) return;
    this.api.getPassages({ ids }).then(
      (found) => {
        const map = new Map(found.map((p) => [p.id, p]));
        for (const id of ids) this.byId.set(id, map.get(id) ?? null);
        this.listeners.forEach((l) => l());
      },
      () => undefined,
    );
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
