import type { EditorState, Transaction } from '@tiptap/pm/state';
import { TextSelection } from '@tiptap/pm/state';

/**
 * Moves the top-level block holding the cursor one place up or down (Word: Alt+Shift+↑/↓), with
 * everything in it: its citations move along and renumber.
 */
export function moveBlock(state: EditorState, dir: -1 | 1, dispatch?: (tr: Transaction) => void): boolean {
  const { $from } = state.selection;
  if ($from.depth < 1) return false;
  const index = $from.index(0);
  const target = index + dir;
  if (target < 0 || target >= state.doc.childCount) return false;
  const node = state.doc.child(index);
  const other = state.doc.child(target);
  const start = $from.before(1);
  if (!dispatch) return true;
  const offset = state.selection.from - start;
  const tr = state.tr;
  if (dir === -1) {
    const otherStart = start - other.nodeSize;
    tr.delete(start, start + node.nodeSize).insert(otherStart, node);
    tr.setSelection(TextSelection.near(tr.doc.resolve(otherStart + offset)));
  } else {
    tr.delete(start, start + node.nodeSize).insert(start + other.nodeSize, node);
    tr.setSelection(TextSelection.near(tr.doc.resolve(start + other.nodeSize + offset)));
  }
  dispatch(tr.scrollIntoView());
  return true;
}
