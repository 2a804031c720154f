import type { EditorView } from '@tiptap/pm/view';

/**
 * Where the browser's selection starts, as a document position, or null when it is not in the
 * editor. ProseMirror reads the browser's selection on its `selectionchange` event, a task later;
 * Chromium runs input first when busy, so a shortcut pressed straight after a click or Home could
 * otherwise act on the selection from before them (Ctrl+Shift+End selecting from the draft's start).
 */
export function domAnchor(view: EditorView): number | null {
  const sel = view.dom.ownerDocument.getSelection();
  if (!sel?.anchorNode || !view.dom.contains(sel.anchorNode)) return null;
  try {
    return view.posAtDOM(sel.anchorNode, sel.anchorOffset);
  } catch {
    return null;
  }
}
