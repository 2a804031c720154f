// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createEditorExtensions } from '../../createEditorExtensions';
import { CARET_BLOCK_CLASS } from '../caretBlock';

let editor: Editor | null = null;
afterEach(() => {
  editor?.destroy();
  editor = null;
});

function marked(ed: Editor): string[] {
  return Array.from(ed.view.dom.querySelectorAll(`:scope > .${CARET_BLOCK_CLASS}`)).map((el) => el.textContent ?? '');
}

describe('caret block', () => {
  it('marks only the top-level block holding the caret, and follows it', () => {
    editor = new Editor({ element: document.createElement('div'), extensions: createEditorExtensions(), content: '<p>第一段</p><p>第二段</p><ul><li><p>一项</p></li></ul>' });
    editor.commands.setTextSelection(7);
    expect(marked(editor)).toEqual(['第二段']);
    editor.commands.setTextSelection(editor.state.doc.content.size - 3);
    expect(marked(editor)).toEqual(['一项']);
  });

  it('marks a block made by Enter in the same update that makes it', () => {
    editor = new Editor({ element: document.createElement('div'), extensions: createEditorExtensions(), content: '<p>第一段</p>' });
    editor.commands.setTextSelection(4);
    editor.commands.splitBlock();
    const blocks = Array.from(editor.view.dom.children);
    expect(blocks).toHaveLength(2);
    expect(blocks[1]?.classList.contains(CARET_BLOCK_CLASS)).toBe(true);
    expect(blocks[0]?.classList.contains(CARET_BLOCK_CLASS)).toBe(false);
  });

  it('marks both ends of a selection across blocks', () => {
    editor = new Editor({ element: document.createElement('div'), extensions: createEditorExtensions(), content: '<p>第一段</p><p>第二段</p><p>第三段</p>' });
    editor.commands.setTextSelection({ from: 2, to: 13 });
    expect(marked(editor)).toEqual(['第一段', '第三段']);
  });
});
