// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { undo } from '@tiptap/pm/history';
import { afterEach, describe, expect, it } from 'vitest';
import { createEditorExtensions } from '../../createEditorExtensions';
import { fillProfileBlanks, profileBlanks } from '..';

let editor: Editor | null = null;
afterEach(() => {
  editor?.destroy();
  editor = null;
});

const profile = { name: '张三', unit: '青山县农业农村局', position: '', region: '' };

function draft(): Editor {
  editor = new Editor({
    element: document.createElement('div'),
    extensions: createEditorExtensions(),
    content: {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: '对照“千万工程”经验，（单位）还存在的差距' }] },
        { type: 'paragraph', content: [{ type: 'text', text: '（单位）（地区）要结合实际，（单位）全体党员' }, { type: 'citation', attrs: { passageId: 'p1', kind: 'seeAlso' } }] },
      ],
    },
  });
  return editor;
}

describe('profile blanks a template left', () => {
  it('counts each blank in the draft', () => {
    expect(profileBlanks(draft().state.doc)).toEqual([
      { field: 'unit', blank: '（单位）', count: 3 },
      { field: 'region', blank: '（地区）', count: 1 },
    ]);
  });

  it('fills those the profile has, in one undoable step, and leaves the others and the citation', () => {
    const e = draft();
    e.view.dispatch(fillProfileBlanks(e.state, profile)!);
    expect(e.state.doc.textContent).toBe('对照“千万工程”经验，青山县农业农村局还存在的差距青山县农业农村局（地区）要结合实际，青山县农业农村局全体党员');
    expect(profileBlanks(e.state.doc)).toEqual([{ field: 'region', blank: '（地区）', count: 1 }]);
    expect(e.state.doc.child(1).lastChild?.type.name).toBe('citation');
    undo(e.state, e.view.dispatch);
    expect(profileBlanks(e.state.doc)[0]).toEqual({ field: 'unit', blank: '（单位）', count: 3 });
    expect(fillProfileBlanks(e.state, { name: '', unit: ' ', position: '', region: '' })).toBeNull();
  });
});
