import type { QianwanApi } from '../../../../electron/shared/api/QianwanApi';
import type { PassageInfo } from '../../../../electron/shared/api/apiTypes';

/**
 * The passages the open document cites, fetched once each and shared by the footnotes, the citation
 * tooltips and the quotation check. `null` marks an id the library does not (or no longer) hold.
 */
/** First wait before a failed fetch is tried again; it doubles up to RETRY_MAX_MS while fetches keep failing. */
export const RETRY_FIRST_MS = 1000;
const RETRY_MAX_MS = 30_000;

export class PassageCache {
  private readonly byId = new Map<string, PassageInfo | null>();
  private retryMs = RETRY_FIRST_MS;
  private readonly pending = new Set<string>();
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly api: QianwanApi,
    private readonly schedule: (retry: () => void, ms: number) => void = (retry, ms) => void setTimeout(retry, ms),
  ) {}

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
        this.retryMs = RETRY_FIRST_MS;
        this.listeners.forEach((l) => l());
      },
      // The service was busy or the connection dropped: the footnotes would stay empty, so try again.
      () => {
        missing.forEach((id) => this.pending.delete(id));
        this.retryLater(() => this.ensure(missing));
      },
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
        this.retryMs = RETRY_FIRST_MS;
        this.listeners.forEach((l) => l());
      },
      () => this.retryLater(() => this.refresh()),
    );
  }

  private retryLater(retry: () => void): void {
    const ms = this.retryMs;
    this.retryMs = Math.min(ms * 2, RETRY_MAX_MS);
    this.schedule(retry, ms);
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
