import { Extension } from '@tiptap/core';
import { domAnchor } from './domAnchor';
import { moveBlock } from './moveBlock';
import { toDocumentEdge } from './toDocumentEdge';

/**
 * Shortcuts that Word and WPS users already know, beyond TipTap's defaults (Ctrl+B/I/U, Ctrl+Z,
 * Ctrl+Y, Ctrl+Alt+1/2): Ctrl+Alt+0 back to body text, Ctrl+Shift+L for a bulleted list,
 * Ctrl+Shift+Z as a second redo, Alt+Shift+↑/↓ to move a paragraph, and Ctrl+Home/End (with Shift
 * to select) to the draft's start and end.
 */
export const WordShortcuts = Extension.create({
  name: 'wordShortcuts',
  addKeyboardShortcuts() {
    return {
      'Mod-Alt-0': () => this.editor.commands.setParagraph(),
      'Mod-Shift-l': () => this.editor.commands.toggleBulletList(),
      'Mod-Shift-z': () => this.editor.commands.redo(),
      'Alt-Shift-ArrowUp': () => moveBlock(this.editor.state, -1, (tr) => this.editor.view.dispatch(tr)),
      'Alt-Shift-ArrowDown': () => moveBlock(this.editor.state, 1, (tr) => this.editor.view.dispatch(tr)),
      'Mod-Home': () => toDocumentEdge(this.editor.state, 'start', false, (tr) => this.editor.view.dispatch(tr)),
      'Mod-End': () => toDocumentEdge(this.editor.state, 'end', false, (tr) => this.editor.view.dispatch(tr)),
      'Mod-Shift-Home': () => toDocumentEdge(this.editor.state, 'start', true, (tr) => this.editor.view.dispatch(tr), domAnchor(this.editor.view) ?? undefined),
      'Mod-Shift-End': () => toDocumentEdge(this.editor.state, 'end', true, (tr) => this.editor.view.dispatch(tr), domAnchor(this.editor.view) ?? undefined),
    };
  },
});
