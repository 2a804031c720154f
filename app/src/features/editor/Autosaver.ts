export type SaveStatus = 'saved' | 'dirty' | 'saving' | 'failed';

export interface AutosaverOptions<T> {
  /** Persists a snapshot; resolves once the services acknowledged it. */
  save: (snapshot: T) => Promise<void>;
  /** Reads the current content; called only when a save actually starts, never per keystroke. */
  snapshot: () => T;
  /** True while an IME composition is open: saving then would not break it, but would save half a word. */
  isComposing?: () => boolean;
  delayMs?: number;
  /**
   * Longest a change waits while typing goes on: the debounce alone would never save during a long
   * burst, and a crash then would lose all of it. Keeps what a crash can lose under two seconds.
   */
  maxWaitMs?: number;
  retryMs?: number;
  onStatus?: (status: SaveStatus, error?: unknown) => void;
  setTimer?: (fn: () => void, ms: number) => unknown;
  now?: () => number;
  clearTimer?: (handle: unknown) => void;
}

/**
 * Debounced autosave kept off the keystroke path: a change only marks the document dirty and
 * (re)arms a timer; the snapshot is taken when the timer fires. One save is in flight at a time;
 * changes made meanwhile are saved right after it. Failures keep the text in the editor and retry.
 */
export class Autosaver<T> {
  private timer: unknown = null;
  private inFlight: Promise<void> | null = null;
  private dirty = false;
  /** When the oldest change not yet handed to a save was made. */
  private dirtySince: number | null = null;
  private status: SaveStatus = 'saved';
  private readonly delayMs: number;
  private readonly maxWaitMs: number;
  private readonly retryMs: number;
  private readonly setTimer: (fn: () => void, ms: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;

  constructor(private readonly options: AutosaverOptions<T>) {
    this.delayMs = options.delayMs ?? 800;
    this.maxWaitMs = Math.max(options.maxWaitMs ?? 1500, this.delayMs);
    this.retryMs = options.retryMs ?? 3000;
    this.setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
    this.clearTimer = options.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  }

  get currentStatus(): SaveStatus {
    return this.status;
  }

  get hasUnsavedChanges(): boolean {
    return this.dirty || this.inFlight !== null;
  }

  /** Call on every document change. Cheap: no serialisation happens here. */
  markDirty(): void {
    const now = this.now();
    this.dirty = true;
    this.dirtySince ??= now;
    this.setStatus('dirty');
    this.arm(Math.max(0, Math.min(this.delayMs, this.dirtySince + this.maxWaitMs - now)));
  }

  /** Saves now (Ctrl+S, switching documents, closing the window) and waits for it. */
  async flush(): Promise<void> {
    this.disarm();
    if (this.inFlight) await this.inFlight.catch(() => undefined);
    if (this.dirty) await this.run(true);
  }

  dispose(): void {
    this.disarm();
  }

  private arm(ms: number): void {
    this.disarm();
    this.timer = this.setTimer(() => {
      this.timer = null;
      void this.run(false);
    }, ms);
  }

  private disarm(): void {
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
  }

  private async run(force: boolean): Promise<void> {
    if (this.inFlight) {
      // Saved right after the current save finishes, with the newest content.
      await this.inFlight.catch(() => undefined);
      if (!this.dirty) return;
    }
    if (!force && this.options.isComposing?.()) {
      this.arm(this.delayMs);
      return;
    }
    this.dirty = false;
    this.dirtySince = null;
    this.setStatus('saving');
    // The main-thread part of a save (snapshot and request), measured for the benchmark's target.
    const startedAt = performance.now();
    const attempt = this.options.save(this.options.snapshot());
    // Only the newest is kept (a day of writing would otherwise pile them up); observers see each one.
    performance.clearMeasures('autosave');
    performance.measure('autosave', { start: startedAt, end: performance.now() });
    this.inFlight = attempt;
    try {
      await attempt;
      this.inFlight = null;
      this.setStatus(this.dirty ? 'dirty' : 'saved');
      if (this.dirty && this.timer === null) this.arm(this.delayMs);
    } catch (err) {
      this.inFlight = null;
      this.dirty = true;
      this.dirtySince ??= this.now();
      this.setStatus('failed', err);
      this.arm(this.retryMs);
      if (force) throw err;
    }
  }

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }

  private setStatus(status: SaveStatus, error?: unknown): void {
    // markDirty runs on every keystroke: telling listeners "dirty" again would re-render them for nothing.
    if (status === this.status && error === undefined) return;
    this.status = status;
    this.options.onStatus?.(status, error);
  }
}
