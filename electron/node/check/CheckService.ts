import fs from 'node:fs';
import Database from 'better-sqlite3';
import { ApiError } from '../../shared/api/ApiError';
import type { PassageInfo } from '../../shared/api/apiTypes';
import { buildCheckIndex, type CheckIndex } from '../../shared/check/CheckIndex';
import { checkAgainst } from '../../shared/check/checkAgainst';
import { MIN_RUN_DEFAULT, checkWindow } from '../../shared/check/checkParams';
import type { CheckPassage, CheckProgress, CheckResult } from '../../shared/check/checkTypes';
import type { CheckInput } from '../../shared/check/docCheckText';
import { buildStoreCheckIndex } from './buildStoreCheckIndex';
import { checkIndexSignature } from './checkIndexFormat';
import { loadCheckIndex } from './loadCheckIndex';
import { storeCheckIndex } from './storeCheckIndex';

/** How long after the own sources change their check index is rebuilt and stored (changes come in bursts). */
const OWN_REFRESH_DELAY_MS = 2000;

/**
 * The check (查重/引用核查) against the whole library: the shipped library.db (opened read-only here)
 * and the user's own passages in user.db. The index for the default threshold is stored in each
 * (library.db at build time, user.db when the own sources change: refreshOwn), so the first check
 * after a start reads it; another threshold, or a library built before indexes were stored, is indexed
 * in memory at its first check. One index per threshold; the default one is always kept, plus the
 * last other one asked for. Checks run one after another.
 */
export class CheckService {
  private shippedDb: Database.Database | null = null;
  private readonly shipped = new Map<number, Promise<CheckIndex>>();
  private own: { minRun: number; signature: string; index: Promise<CheckIndex> } | null = null;
  private ownRefresh: ReturnType<typeof setTimeout> | null = null;
  private state: CheckProgress = { state: 'idle', progress: 0 };
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly libraryFile: string,
    private readonly userDb: Database.Database,
    private readonly getPassages: (ids: string[]) => PassageInfo[],
    private readonly standardPhrases: () => readonly string[] = () => [],
  ) {}

  progress(): CheckProgress {
    return { ...this.state };
  }

  /**
   * `documents`: the user's other documents to compare with as well (their plain text); they are
   * few and change often, so they are indexed for this check only.
   */
  check(input: CheckInput, minRun = MIN_RUN_DEFAULT, documents: ReadonlyArray<{ id: string; title: string; text: string }> = []): Promise<CheckResult> {
    checkWindow(minRun);
    const next = this.queue.then(() => this.runNow(input, minRun, documents));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async runNow(input: CheckInput, minRun: number, documents: ReadonlyArray<{ id: string; title: string; text: string }>): Promise<CheckResult> {
    const started = performance.now();
    try {
      const indexes = await this.indexes(minRun, documents.length > 0);
      const byId = new Map(documents.map((d) => [d.id, d]));
      if (documents.length > 0) indexes.push(buildCheckIndex(documents, minRun));
      this.state = { state: 'checking', progress: 0.95 };
      const lookup = (ids: string[]) => {
        const found = this.lookup(ids.filter((id) => !byId.has(id)));
        for (const id of ids) {
          const d = byId.get(id);
          if (d) found.set(id, { id, text: d.text, sourceId: null, sourceTitle: d.title, workTitle: '', fromDocument: true });
        }
        return found;
      };
      const result = checkAgainst(input, indexes, lookup, minRun, this.standardPhrases());
      return { ...result, ms: Math.round((performance.now() - started) * 10) / 10 };
    } finally {
      this.state = { state: 'idle', progress: 0 };
    }
  }

  private async indexes(minRun: number, others: boolean): Promise<CheckIndex[]> {
    const out: CheckIndex[] = [];
    const db = this.openShipped();
    const hasOwn = this.userDb.prepare<[], { n: number }>('SELECT count(*) AS n FROM passages').get()!.n > 0;
    const report = (part: number, parts: number) => (f: number) => (this.state = { state: 'indexing', progress: (0.9 * (part + f)) / parts });
    const parts = (db ? 1 : 0) + (hasOwn ? 1 : 0);
    if (db) out.push(await this.shippedIndex(db, minRun, report(0, parts)));
    if (hasOwn) out.push(await this.ownIndex(minRun, report(parts - 1, parts)));
    if (out.length === 0 && !others) throw new ApiError('library_missing', this.libraryFile);
    return out;
  }

  private shippedIndex(db: Database.Database, minRun: number, onProgress: (f: number) => void): Promise<CheckIndex> {
    let index = this.shipped.get(minRun);
    if (!index) {
      for (const key of this.shipped.keys()) if (key !== MIN_RUN_DEFAULT) this.shipped.delete(key);
      index = this.storedOrBuilt(db, minRun, onProgress, false);
      this.shipped.set(minRun, index);
      index.catch(() => this.shipped.delete(minRun));
    }
    return index;
  }

  private ownIndex(minRun: number, onProgress: (f: number) => void): Promise<CheckIndex> {
    const signature = checkIndexSignature(this.userDb);
    if (!this.own || this.own.minRun !== minRun || this.own.signature !== signature) {
      const index = this.storedOrBuilt(this.userDb, minRun, onProgress, !this.userDb.readonly);
      this.own = { minRun, signature, index };
      index.catch(() => {
        if (this.own?.index === index) this.own = null;
      });
    }
    return this.own.index;
  }

  /**
   * The index stored in `db` for this threshold if it is there and current, else one built now (and
   * stored when `store`, for the default threshold: user.db keeps its own sources' index).
   */
  private async storedOrBuilt(db: Database.Database, minRun: number, onProgress: (f: number) => void, store: boolean): Promise<CheckIndex> {
    const signature = checkIndexSignature(db);
    // The shipped library (never stored to here) does not change under its index: its text is read as checks need it.
    const stored = minRun === MIN_RUN_DEFAULT ? await loadCheckIndex(db, minRun, signature, onProgress, { corpusOnDemand: !store }) : null;
    if (stored) return stored;
    const built = await buildStoreCheckIndex(db, minRun, onProgress);
    // Stored only if the passages did not change while it was built (the host answers meanwhile).
    if (store && minRun === MIN_RUN_DEFAULT && checkIndexSignature(db) === signature) storeCheckIndex(db, built, signature);
    return built;
  }

  /**
   * The own sources changed (an import, a correction, a deletion, a pack): their index for the default
   * threshold is rebuilt and stored a moment later, in the background (it yields between slices), so
   * neither the next check nor the first one after the next start has to build it.
   */
  refreshOwn(): void {
    if (this.userDb.readonly) return;
    if (this.ownRefresh) clearTimeout(this.ownRefresh);
    this.ownRefresh = setTimeout(() => {
      this.ownRefresh = null;
      const hasOwn = this.userDb.prepare<[], { n: number }>('SELECT count(*) AS n FROM passages').get()!.n > 0;
      if (!hasOwn || !this.userDb.open) return;
      // Behind any check that is running, like a check of its own.
      this.queue = this.queue.then(() => this.ownIndex(MIN_RUN_DEFAULT, () => undefined)).catch(() => undefined);
    }, OWN_REFRESH_DELAY_MS);
    this.ownRefresh.unref?.();
  }

  private openShipped(): Database.Database | null {
    if (this.shippedDb) return this.shippedDb;
    if (!fs.existsSync(this.libraryFile)) return null;
    this.shippedDb = new Database(this.libraryFile, { readonly: true, fileMustExist: true });
    return this.shippedDb;
  }

  private lookup(ids: string[]): Map<string, CheckPassage> {
    const out = new Map<string, CheckPassage>();
    for (const p of ids.length ? this.getPassages(ids) : []) {
      const source = p.sources[0];
      // Named as its note names it: the work's title, the source's when the work has none.
      out.set(p.id, { id: p.id, text: p.text, sourceId: source?.id ?? null, sourceTitle: p.workTitle || source?.title || '', workTitle: p.workTitle });
    }
    return out;
  }

  close(): void {
    if (this.ownRefresh) clearTimeout(this.ownRefresh);
    this.ownRefresh = null;
    this.shippedDb?.close();
    this.shippedDb = null;
    this.shipped.clear();
    this.own = null;
  }
}
