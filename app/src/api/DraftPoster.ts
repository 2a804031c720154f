import type { SaveResult } from '../../../electron/shared/api/apiTypes';
import { t } from '../../../electron/shared/i18n/translate';
import { ApiClientError } from './ApiClientError';
import type { DraftWorkerInit, FromDraftWorker, ToDraftWorker } from './draftPostMessages';

/** A save through the worker: its result, or why not and the content that was not saved (for the page's stash). */
export type DraftSaveOutcome = { ok: true; result: SaveResult } | { ok: false; error: Error; content: string };

/**
 * Autosave in the browser host with the main thread doing almost nothing: each top-level block of a
 * draft is turned into JSON text once (by the caller's `toJson`, which remembers unchanged blocks) and
 * handed to a worker under a number; a save then posts only the blocks' numbers in order and the
 * blocks new since, and the worker (draftSaveWorker) joins them, sends the request and answers. A
 * block's number is dropped from the worker once the block itself is garbage (FinalizationRegistry),
 * so an undo that brings an old block back still finds it.
 */
export class DraftPoster {
  private static instance: DraftPoster | null | undefined;
  private readonly ids = new WeakMap<object, number>();
  private nextId = 1;
  private dropped: number[] = [];
  private readonly registry = new FinalizationRegistry<number>((id) => this.dropped.push(id));
  private seq = 0;
  private readonly pending = new Map<number, (answer: FromDraftWorker) => void>();
  /** False once the worker failed (its script did not load): saves then go through the API client. */
  private alive = true;

  private constructor(private readonly port: MessagePort) {
    port.onmessage = (e: MessageEvent<FromDraftWorker>) => {
      const done = this.pending.get(e.data.seq);
      this.pending.delete(e.data.seq);
      done?.(e.data);
    };
  }

  /**
   * The page's poster, or null where saves go another way: under Electron (the preload bridge takes
   * the text) or without workers.
   */
  static shared(win: Window = window): DraftPoster | null {
    if (DraftPoster.instance !== undefined) return DraftPoster.instance;
    DraftPoster.instance = null;
    if (win.qianwan || typeof Worker === 'undefined') return null;
    try {
      const worker = new Worker(new URL('./draftSaveWorker.ts', import.meta.url), { type: 'module', name: 'draft-save' });
      const channel = new MessageChannel();
      const init: DraftWorkerInit = { token: win.document.querySelector('meta[name="qianwan-token"]')?.getAttribute('content') ?? '' };
      worker.postMessage(init, [channel.port2]);
      const poster = new DraftPoster(channel.port1);
      worker.addEventListener('error', () => poster.fail());
      DraftPoster.instance = poster;
    } catch {
      // No worker here (a policy that forbids it): saves go through the API client as before.
    }
    return DraftPoster.instance;
  }

  /** Whether saves can go through the worker; false after it failed. */
  get usable(): boolean {
    return this.alive;
  }

  /** The worker failed: saves waiting for it are answered "not reached" (the page stashes and retries another way). */
  private fail(): void {
    this.alive = false;
    for (const [seq, done] of this.pending) done({ seq, reply: null });
    this.pending.clear();
  }

  /**
   * Sends blocks the worker does not have yet, at most `budget` of them (the page calls this while
   * idle, so the first autosave of a long draft sends only what changed). Returns whether all are sent.
   */
  prime<B extends object>(blocks: Iterable<B>, toJson: (block: B) => string, budget: number): boolean {
    const added: Array<[number, string]> = [];
    for (const block of blocks) {
      if (this.ids.has(block)) continue;
      if (added.length >= budget) {
        this.send({ type: 'blocks', added, dropped: this.takeDropped() });
        return false;
      }
      added.push([this.idOf(block), toJson(block)]);
    }
    if (added.length > 0) this.send({ type: 'blocks', added, dropped: this.takeDropped() });
    return true;
  }

  /** Saves a draft made of `blocks` (in order) on top of `baseVersion`. */
  save<B extends object>(docId: string, baseVersion: number, blocks: readonly B[], toJson: (block: B) => string): Promise<DraftSaveOutcome> {
    const order = new Int32Array(blocks.length);
    const added: Array<[number, string]> = [];
    blocks.forEach((block, i) => {
      let id = this.ids.get(block);
      if (id === undefined) {
        id = this.idOf(block);
        added.push([id, toJson(block)]);
      }
      order[i] = id;
    });
    const seq = ++this.seq;
    const answer = new Promise<FromDraftWorker>((resolve) => this.pending.set(seq, resolve));
    this.send({ type: 'save', seq, docId, baseVersion, order, added, dropped: this.takeDropped() }, [order.buffer]);
    return answer.then((a): DraftSaveOutcome => {
      if (a.reply?.ok) return { ok: true, result: a.reply.result as SaveResult };
      const error = a.reply ? new ApiClientError(a.reply.error) : new Error(t('error.network'));
      return { ok: false, error, content: a.content ?? '' };
    });
  }

  private idOf(block: object): number {
    const id = this.nextId++;
    this.ids.set(block, id);
    this.registry.register(block, id);
    return id;
  }

  private takeDropped(): number[] {
    const dropped = this.dropped;
    this.dropped = [];
    return dropped;
  }

  private send(message: ToDraftWorker, transfer: Transferable[] = []): void {
    this.port.postMessage(message, transfer);
  }
}
