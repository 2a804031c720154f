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

  /** Remembers a passage the UI already has (e.g. a search result being inserted). */
  put(passage: PassageInfo): void {
    this.byId.set(passage.id, passage);
    this.listeners.forEach((l) => l());
  }

  /** Forgets everything, e.g. after a passage was corrected or a source deleted. */
  clear(): void {
    this.byId.clear();
    this.listeners.forEach((l) => l());
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
