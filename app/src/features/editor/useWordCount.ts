import { useEffect } from 'react';
import type { Editor } from '@tiptap/core';
import { countEditorDocument } from '../status/countEditorDocument';
import { editorStatus } from '../status/editorStatus';

const COUNT_DELAY_MS = 250;

/**
 * Keeps the status bar's count (字数) at most COUNT_DELAY_MS behind the text: counting a long draft
 * takes tens of milliseconds, so never on a keystroke and not before the writer can start typing.
 */
export function useWordCount(editor: Editor): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const recount = () => {
      if (editor.isDestroyed) return;
      editorStatus.set({ count: countEditorDocument(editor.state.doc) });
    };
    const soon = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(recount, COUNT_DELAY_MS);
    };
    soon();
    const onUpdate = ({ transaction }: { transaction: { docChanged: boolean } }) => {
      if (transaction.docChanged) soon();
    };
    editor.on('update', onUpdate);
    return () => {
      editor.off('update', onUpdate);
      if (timer) clearTimeout(timer);
    };
  }, [editor]);
}
