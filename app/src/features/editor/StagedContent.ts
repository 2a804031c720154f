import type { Editor } from '@tiptap/core';
import { Fragment } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import type { BlockNode } from '../../../../electron/shared/doc/docTypes';

const STAGED_META = 'stagedContent';
/** Main-thread time one stage may take, so a key pressed meanwhile waits at most about this long. */
const STAGE_BUDGET_MS = 8;
const FIRST_STAGE_BLOCKS = 30;

/** A transaction that only appended the blocks of the draft as it was stored: not an edit. */
export function isStagedTransaction(tr: Transaction): boolean {
  return tr.getMeta(STAGED_META) === true;
}

/**
 * Appends the rest of a draft (splitFirstScreen) to the editor after its first screen is shown, a
 * few blocks per task, each stage sized to take about 8 ms; keys typed meanwhile are handled between
 * stages. The stages are left out of the undo history (Ctrl+Z undoes only the writer's edits, mapped
 * past them) and carry a meta the autosave ignores. Whatever reads the whole document calls finish()
 * first, which appends what is left at once.
 */
export class StagedContent {
  private next = 0;
  private size = FIRST_STAGE_BLOCKS;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private frame: number | null = null;
  private done = false;

  constructor(
    private readonly editor: Editor,
    private readonly rest: BlockNode[],
    private readonly onComplete: () => void,
  ) {}

  get pending(): boolean {
    return !this.done;
  }

  /** Starts (or resumes) after the next frame, so the first screen is painted before any stage runs. */
  start(): void {
    if (this.next >= this.rest.length) return this.complete();
    if (this.done || this.frame !== null || this.timer) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = null;
      this.schedule();
    });
  }

  /** Appends everything not yet appended, now (also after stop(): a last save needs the whole draft). */
  finish(): void {
    if (this.done) return;
    this.stop();
    this.append(this.rest.length - this.next);
    this.complete();
  }

  private schedule(): void {
    this.timer = setTimeout(() => {
      this.timer = null;
      const started = performance.now();
      this.append(this.size);
      const took = performance.now() - started;
      // Aim the next stage at the budget from what this one cost (a cold JIT makes the first slow).
      this.size = Math.max(5, Math.min(400, Math.round((this.size * STAGE_BUDGET_MS) / Math.max(took, 0.5))));
      if (this.next < this.rest.length) this.schedule();
      else this.complete();
    }, 0);
  }

  private append(count: number): void {
    if (this.editor.isDestroyed || count <= 0) return;
    // A stage ends with a paragraph: after any other block the trailing-paragraph rule would add an
    // empty one, and the next stage would come after it.
    let end = Math.min(this.rest.length, this.next + count);
    while (end < this.rest.length && this.rest[end - 1]!.type !== 'paragraph') end++;
    const { schema } = this.editor;
    const blocks = this.rest.slice(this.next, end).map((json) => schema.nodeFromJSON(json));
    this.next += blocks.length;
    const { state } = this.editor;
    const tr = state.tr.insert(state.doc.content.size, Fragment.from(blocks));
    tr.setMeta(STAGED_META, true).setMeta('addToHistory', false);
    this.editor.view.dispatch(tr);
  }

  private complete(): void {
    if (this.done) return;
    this.done = true;
    this.onComplete();
  }

  /** Stops appending by itself (the pane is going away); start() resumes, finish() still completes. */
  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    if (this.frame !== null) cancelAnimationFrame(this.frame);
    this.timer = null;
    this.frame = null;
  }
}
