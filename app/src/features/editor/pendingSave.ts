/**
 * The open editor's "save now", for actions that read the stored document (export) and must not
 * miss the last keystrokes still waiting for the autosave.
 */
let flushCurrent: (() => Promise<void>) | null = null;

export function registerPendingSave(flush: () => Promise<void>): () => void {
  flushCurrent = flush;
  return () => {
    if (flushCurrent === flush) flushCurrent = null;
  };
}

export async function flushPendingSave(): Promise<void> {
  await flushCurrent?.();
}
