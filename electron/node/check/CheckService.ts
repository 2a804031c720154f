import fs from 'node:fs';
import Database from 'better-sqlite3';
import { ApiError } from '../../shared/api/ApiError';
import type { PassageInfo } from '../../shared/api/apiTypes';
import { buildCheckIndex, type CheckIndex } from '../../shared/check/CheckIndex';
import { checkAgainst } from '../../shared/check/checkAgainst';
import { MIN_RUN_DEFAULT, checkWindow } from '../../shared/check/checkParams';
import type { CheckPassage, CheckProgress, CheckResult } from '../../shared/check/checkTypes';
import type { CheckInput } from '../../shared/check/docCheckText';
import { buildStoreCheckIndex, storeSignature } from './buildStoreCheckIndex';

/**
 * The check (查重/引用核查) against the whole library: the shipped library.db (opened read-only here,
 * its index built in memory on the first check and kept) and the user's own passages in user.db
 * (re-indexed when they change). One index per threshold; the default one is always kept, plus the
 * last other one asked for. Checks run one after another.
 */
export class CheckService {
  private shippedDb: Database.Database | null = null;
  private readonly shipped = new Map<number, Promise<CheckIndex>>();
  private own: { minRun: number; signature: string; index: Promise<CheckIndex> } | null = null;
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
    const hasOwn = (this.userDb.prepare('SELECT count(*) AS n FROM passages').get() as { n: number }).n > 0;
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
      index = buildStoreCheckIndex(db, minRun, onProgress);
      this.shipped.set(minRun, index);
      index.catch(() => this.shipped.delete(minRun));
    }
    return index;
  }

  private ownIndex(minRun: number, onProgress: (f: number) => void): Promise<CheckIndex> {
    const signature = storeSignature(this.userDb);
    if (!this.own || this.own.minRun !== minRun || this.own.signature !== signature) {
      this.own = { minRun, signature, index: buildStoreCheckIndex(this.userDb, minRun, onProgress) };
    }
    return this.own.index;
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
    this.shippedDb?.close();
    this.shippedDb = null;
    this.shipped.clear();
    this.own = null;
  }
}
