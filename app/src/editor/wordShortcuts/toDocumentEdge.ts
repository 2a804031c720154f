import { Selection, TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';

/**
 * Ctrl+Home / Ctrl+End (with Shift: select to there), done by the editor rather than the browser:
 * the browser places the caret by layout, and the draft's last blocks are not laid out while off
 * screen (content-visibility) or just appended (a long draft's later stages), so it put the caret at
 * the start of the last paragraph instead of its end. `anchor` is where a Shift selection starts
 * (the browser's caret when the editor has not read it yet).
 */
export function toDocumentEdge(state: EditorState, edge: 'start' | 'end', extend: boolean, dispatch: (tr: Transaction) => void, anchor = state.selection.anchor): boolean {
  const target = edge === 'start' ? Selection.atStart(state.doc) : Selection.atEnd(state.doc);
  const selection = extend ? TextSelection.between(state.doc.resolve(Math.min(anchor, state.doc.content.size)), target.$head) : target;
  dispatch(state.tr.setSelection(selection).scrollIntoView());
  return true;
}
