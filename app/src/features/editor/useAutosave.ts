import { useEffect, useMemo, useRef, type RefObject } from 'react';
import type { Editor } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import type { QianwanApi } from '../../../../electron/shared/api/QianwanApi';
import { DraftPoster } from '../../api/DraftPoster';
import { editorStatus } from '../status/editorStatus';
import { Autosaver } from './Autosaver';
import { draftStash } from './draftStash';
import { registerPendingSave } from './pendingSave';
import { blockJsonOf, serializeDoc } from './serializeDoc';
import { isStagedTransaction, type StagedContent } from './StagedContent';
import { usePrimedBlocks } from './usePrimedBlocks';

/** While saving fails, the stash follows the text this long after the last keystroke. */
const STASH_DELAY_MS = 300;

export interface AutosaveInput {
  api: QianwanApi;
  editor: Editor;
  docId: string;
  /** The stored version the next save builds on; a save (or a restored revision) moves it. */
  version: RefObject<number>;
  staged: StagedContent;
  /** wordCount: null when the draft has not been counted since it opened (the list keeps its last count). */
  onSaved: (id: string, wordCount: number | null) => void;
}

export interface Autosave {
  saver: Autosaver<string | PmNode>;
  /** This document has edits in the page's stash that no acknowledged save has covered yet. */
  stashed: RefObject<boolean>;
}

/**
 * The draft's autosave for this pane's life: edits mark it dirty, a pause (or Ctrl+S, hiding the
 * page, export, unmounting) saves; in the browser host the request is built and sent by a worker
 * (DraftPoster) so the page only hands over the blocks. Edits no save acknowledged go to the page's
 * stash, which follows the text until a save succeeds. Unmounting saves what is left and then closes
 * the document (its revision kept).
 */
export function useAutosave({ api, editor, docId, version, staged, onSaved }: AutosaveInput): Autosave {
  const stashed = useRef(false);
  const saved = useRef(onSaved);
  saved.current = onSaved;
  const poster = useMemo(() => DraftPoster.shared(), []);
  usePrimedBlocks(editor, poster);

  // Set when the pane unmounts: the last save must not read an editor that is being destroyed.
  const frozen = useRef<string | null>(null);
  const saver = useMemo(
    () =>
      new Autosaver<string | PmNode>({
        // A save stores the whole draft: the stages not yet appended are appended first. The document
        // is immutable, so the snapshot is the document itself; it is serialised where it is sent.
        snapshot: () => frozen.current ?? (staged.finish(), editor.state.doc),
        isComposing: () => editor.view.composing,
        save: async (draft) => {
          // Not acknowledged (the host stopped, the disk is full…): the edits wait in the page.
          const keep = (content: string) => {
            stashed.current = true;
            void draftStash.put({ docId, contentJson: content, baseVersion: version.current, stashedAt: Date.now() });
          };
          let result;
          if (poster?.usable && typeof draft !== 'string') {
            const blocks: PmNode[] = [];
            draft.forEach((block) => blocks.push(block));
            const outcome = await poster.save(docId, version.current, blocks, blockJsonOf);
            if (!outcome.ok) {
              keep(outcome.content || serializeDoc(draft));
              throw outcome.error;
            }
            result = outcome.result;
          } else {
            const content = typeof draft === 'string' ? draft : serializeDoc(draft);
            try {
              result = await api.saveDocument({ id: docId, contentJson: content, baseVersion: version.current });
            } catch (err) {
              keep(content);
              throw err;
            }
          }
          version.current = result.version;
          if (stashed.current) {
            stashed.current = false;
            void draftStash.remove(docId);
          }
          // The status bar's count is at most 250 ms behind the last pause in typing; counting a long
          // draft here (tens of milliseconds) would land between two keystrokes of a writer who has
          // not paused since it opened: the list keeps its last count until the status bar has one.
          saved.current(docId, editorStatus.get().count?.words ?? null);
        },
        onStatus: (save, error) => editorStatus.set({ save, saveError: error instanceof Error ? error.message : error ? String(error) : null }),
      }),
    [api, editor, docId, staged, poster, version],
  );

  useEffect(() => {
    editorStatus.set({ save: 'saved', saveError: null });
    // While saves fail (the host is down) every pause in typing goes to the page's stash: the retry
    // comes only every few seconds, and a window closed meanwhile may never finish its last write.
    let stashTimer: ReturnType<typeof setTimeout> | null = null;
    const stashSoon = () => {
      if (stashTimer) clearTimeout(stashTimer);
      stashTimer = setTimeout(() => {
        stashTimer = null;
        if (editor.isDestroyed || !stashed.current) return;
        void draftStash.put({ docId, contentJson: serializeDoc(editor.state.doc), baseVersion: version.current, stashedAt: Date.now() });
      }, STASH_DELAY_MS);
    };
    const onUpdate = ({ transaction }: { transaction: Transaction }) => {
      if (!transaction.docChanged) return;
      // Appending the stored draft's later blocks is no edit: nothing new to save.
      if (!isStagedTransaction(transaction)) saver.markDirty();
      // Since the last failed save nothing was acknowledged: the stash keeps up with the text.
      if (stashed.current) stashSoon();
    };
    editor.on('update', onUpdate);
    // A failed flush is not lost: the saver shows it in the status bar, keeps the edits and retries.
    const onHide = () => {
      if (window.document.visibilityState === 'hidden') void saver.flush().catch(() => undefined);
    };
    window.document.addEventListener('visibilitychange', onHide);
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (!saver.hasUnsavedChanges) return;
      void saver.flush().catch(() => undefined);
      e.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    // Closing the window or tab is a "close" of the document: keep its revision. What is not saved yet
    // goes to the page's stash now: the last save, sent as the page goes, may never be acknowledged.
    const onPageHide = () => {
      if (saver.hasUnsavedChanges || stashed.current) {
        staged.finish();
        void draftStash.put({ docId, contentJson: serializeDoc(editor.state.doc), baseVersion: version.current, stashedAt: Date.now() });
      }
      void api.closeDocument({ id: docId }).catch(() => undefined);
    };
    window.addEventListener('pagehide', onPageHide);
    // Export reads the stored document: it first saves what is still waiting for the autosave.
    const unregisterSave = registerPendingSave(() => saver.flush());
    return () => {
      editor.off('update', onUpdate);
      window.document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.removeEventListener('pagehide', onPageHide);
      unregisterSave();
      if (stashTimer) clearTimeout(stashTimer);
      if (saver.hasUnsavedChanges) {
        staged.finish();
        frozen.current = serializeDoc(editor.state.doc);
      }
      // Closing marks the document's revision; if the last save failed its edits are in the stash.
      void saver
        .flush()
        .catch(() => undefined)
        .then(() => api.closeDocument({ id: docId }))
        .catch(() => undefined);
      saver.dispose();
    };
  }, [api, docId, editor, saver, staged, version]);

  return { saver, stashed };
}
