import { Extension } from '@tiptap/core';
import { moveBlock } from './moveBlock';

/**
 * Shortcuts that Word and WPS users already know, beyond TipTap's defaults (Ctrl+B/I/U, Ctrl+Z,
 * Ctrl+Y, Ctrl+Alt+1/2): Ctrl+Alt+0 back to body text, Ctrl+Shift+L for a bulleted list,
 * Ctrl+Shift+Z as a second redo, and Alt+Shift+↑/↓ to move a paragraph.
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
    };
  },
});
