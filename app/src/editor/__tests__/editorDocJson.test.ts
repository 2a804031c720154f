// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { docNodeSchema } from '../../../../electron/shared/doc/docSchema';
import { createEditorExtensions } from '../createEditorExtensions';
import { editorDocJson } from '../editorDocJson';

let editor: Editor | null = null;
afterEach(() => editor?.destroy());

describe('editorDocJson', () => {
  it('is a document the contract accepts, for everything the editor can hold', () => {
    editor = new Editor({
      element: document.createElement('div'),
      extensions: createEditorExtensions(),
      content:
        '<h1>一、标题</h1><h2>（一）小标题</h2><p><strong>加粗<br>换行</strong><em>倾斜</em><u>下划线</u></p>' +
        '<blockquote><p>引用</p><ul><li><p>列表</p><ol start="3"><li><p>第三</p></li></ol></li></ul></blockquote><p></p>',
    });
    editor.commands.setTextSelection(3);
    editor.commands.insertContent({ type: 'citation', attrs: { passageId: 'p1', kind: 'seeAlso', citedOn: '2026-12-05' } });
    editor.chain().setTextSelection({ from: 12, to: 14 }).setMark('quoted', { passageId: 'p2' }).run();
    const json = editorDocJson(editor.state.doc);
    const parsed = docNodeSchema.safeParse(json);
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues[0])).toBe(true);
    expect(parsed.success && parsed.data).toEqual(json);
  });
});
