import { useEffect } from 'react';
import type { Editor } from '@tiptap/core';

const DELAY_MS = 500;

/**
 * Reports the paragraph under the cursor (its text and the passages it cites) once the cursor has
 * rested for a moment, so related passages follow the writer without work on each keystroke.
 */
export function useCurrentParagraph(editor: Editor, onParagraph?: (p: { text: string; citedIds: string[] }) => void): void {
  useEffect(() => {
    if (!onParagraph) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let last = '';
    const report = () => {
      timer = null;
      if (editor.isDestroyed) return;
      const parent = editor.state.selection.$from.parent;
      const citedIds: string[] = [];
      parent.descendants((node) => {
        if (node.type.name === 'citation') citedIds.push(node.attrs.passageId as string);
      });
      const text = parent.textContent;
      const key = `${text}\u0000${citedIds.join(',')}`;
      if (key === last) return;
      last = key;
      onParagraph({ text, citedIds });
    };
    const schedule = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(report, DELAY_MS);
    };
    editor.on('selectionUpdate', schedule);
    editor.on('update', schedule);
    return () => {
      editor.off('selectionUpdate', schedule);
      editor.off('update', schedule);
      if (timer) clearTimeout(timer);
    };
  }, [editor, onParagraph]);
}
