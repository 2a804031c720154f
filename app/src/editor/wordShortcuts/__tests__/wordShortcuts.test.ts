// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { createEditorExtensions } from '../../createEditorExtensions';

describe('editor schema and Word shortcuts', () => {
  it('allows only heading levels 1 and 2, and Ctrl+Alt+0 returns to body text', () => {
    const editor = new Editor({
      element: document.createElement('div'),
      extensions: createEditorExtensions(),
      content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '标题' }] }] },
    });
    editor.commands.setTextSelection(2);
    expect(editor.commands.setHeading({ level: 2 })).toBe(true);
    expect(editor.getJSON().content?.[0]).toMatchObject({ type: 'heading', attrs: { level: 2 } });
    expect(editor.can().setHeading({ level: 3 as 1 })).toBe(false);
    const event = new KeyboardEvent('keydown', { key: '0', code: 'Digit0', ctrlKey: true, altKey: true, bubbles: true });
    editor.view.someProp('handleKeyDown', (f) => f(editor.view, event));
    expect(editor.getJSON().content?.[0]?.type).toBe('paragraph');
    editor.destroy();
  });

  it('undoes and redoes typing', () => {
    const editor = new Editor({ element: document.createElement('div'), extensions: createEditorExtensions(), content: '<p>甲</p>' });
    editor.commands.setTextSelection(2);
    editor.commands.insertContent('乙');
    expect(editor.getText()).toBe('甲乙');
    editor.commands.undo();
    expect(editor.getText()).toBe('甲');
    editor.commands.redo();
    expect(editor.getText()).toBe('甲乙');
    editor.destroy();
  });
});

describe('moving a paragraph', () => {
  it('moves the block with its citation and renumbers', async () => {
    const { citationNumbersKey } = await import('../../citationNumbers');
    const editor = new Editor({
      element: document.createElement('div'),
      extensions: createEditorExtensions(),
      content: {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: '甲' }, { type: 'citation', attrs: { passageId: 'a', kind: 'quote' } }] },
          { type: 'paragraph', content: [{ type: 'text', text: '乙' }, { type: 'citation', attrs: { passageId: 'b', kind: 'quote' } }] },
        ],
      },
    });
    editor.commands.setTextSelection(6);
    const up = new KeyboardEvent('keydown', { key: 'ArrowUp', code: 'ArrowUp', altKey: true, shiftKey: true, bubbles: true });
    editor.view.someProp('handleKeyDown', (f) => f(editor.view, up));
    expect(editor.getText()).toBe('乙\n\n甲');
    expect(citationNumbersKey.getState(editor.state)!.occurrences.map((o) => o.passageId)).toEqual(['b', 'a']);
    expect(editor.state.selection.$from.parent.textContent).toBe('乙');
    editor.destroy();
  });
});

describe('Ctrl+Home and Ctrl+End', () => {
  const press = (editor: Editor, key: string, shiftKey = false) => {
    const event = new KeyboardEvent('keydown', { key, code: key, ctrlKey: true, shiftKey, bubbles: true });
    editor.view.someProp('handleKeyDown', (f) => f(editor.view, event));
  };

  it('go to the very start and end of the draft, past lists; with Shift they select to there', () => {
    const editor = new Editor({ element: document.createElement('div'), extensions: createEditorExtensions(), content: '<h1>标题</h1><ul><li><p>一项</p></li></ul><p>正文一段。</p><p>结尾。</p>' });
    editor.commands.setTextSelection(8);
    press(editor, 'End');
    expect(editor.state.selection.empty).toBe(true);
    expect(editor.state.selection.from).toBe(editor.state.doc.content.size - 1);
    expect(editor.state.doc.textBetween(editor.state.selection.from - 3, editor.state.selection.from)).toBe('结尾。');
    press(editor, 'Home');
    expect(editor.state.selection.from).toBe(1);
    editor.commands.setTextSelection(8);
    press(editor, 'End', true);
    expect(editor.state.doc.textBetween(editor.state.selection.from, editor.state.selection.to, '|')).toBe('项|正文一段。|结尾。');
    editor.destroy();
  });

  it('with Shift, select from the browser’s caret even before the editor has read it (a click, then the keys at once)', () => {
    const element = document.createElement('div');
    document.body.append(element);
    const editor = new Editor({ element, extensions: createEditorExtensions(), content: '<h1>标题</h1><p>正文一段。</p><p>结尾。</p>' });
    editor.commands.setTextSelection(1);
    // The browser's caret is already in 正文一段。 (after 正文); ProseMirror still holds the start.
    const text = [...element.querySelectorAll('p')][0]!.firstChild!;
    document.getSelection()!.collapse(text, 2);
    press(editor, 'End', true);
    expect(editor.state.doc.textBetween(editor.state.selection.from, editor.state.selection.to, '|')).toBe('一段。|结尾。');
    editor.destroy();
    element.remove();
  });
});
