// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEditorExtensions } from '../../../editor/createEditorExtensions';
import { serializeDoc } from '../serializeDoc';

let editor: Editor | null = null;
afterEach(() => {
  editor?.destroy();
  editor = null;
});

describe('serializeDoc', () => {
  it('equals JSON.stringify of the document after edits, serialising only the changed blocks again', () => {
    const blocks = Array.from({ length: 50 }, (_, i) => ({ type: 'paragraph', content: [{ type: 'text', text: `第${i}段，千万工程。` }] }));
    blocks.splice(10, 0, { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: '一、标题' }] } as never);
    blocks.push({ type: 'paragraph', content: [{ type: 'text', text: '引文', marks: [{ type: 'quoted', attrs: { passageId: 'p1' } }] }, { type: 'citation', attrs: { passageId: 'p1', kind: 'quote', citedOn: '2026-12-01' } }] } as never);
    editor = new Editor({ element: document.createElement('div'), extensions: createEditorExtensions(), content: { type: 'doc', content: blocks } });
    expect(serializeDoc(editor.state.doc)).toBe(JSON.stringify(editor.getJSON()));

    editor.commands.insertContentAt(5, '新增');
    editor.commands.insertContentAt(editor.state.doc.content.size - 3, '补');
    const spy = vi.spyOn(JSON, 'stringify');
    const text = serializeDoc(editor.state.doc);
    // The two edited blocks, not all 52.
    expect(spy).toHaveBeenCalledTimes(2);
    spy.mockRestore();
    expect(text).toBe(JSON.stringify(editor.getJSON()));
    expect(JSON.parse(text)).toEqual(editor.getJSON());
  });
});
