// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createEditorExtensions } from '../../createEditorExtensions';
import { citationNumbersKey } from '../citationNumbers';

let editor: Editor | null = null;
afterEach(() => {
  editor?.destroy();
  editor = null;
});

const cite = (passageId: string) => ({ type: 'citation', attrs: { passageId, kind: 'quote' } });
const text = (t: string) => ({ type: 'text', text: t });

function make(): Editor {
  editor = new Editor({
    element: document.createElement('div'),
    extensions: createEditorExtensions(),
    content: {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [text('第一段'), cite('a'), cite('b')] },
        { type: 'paragraph', content: [text('第二段'), cite('c')] },
        { type: 'paragraph', content: [text('第三段，没有注释。')] },
      ],
    },
  });
  return editor;
}

const labels = (e: Editor) => [...e.view.dom.querySelectorAll('[data-passage-id]')].map((el) => `${el.getAttribute('data-n')}:${el.getAttribute('data-label')}`);

describe('citation numbers', () => {
  it('typing away from citations keeps the numbering and moves the decorations with the text', () => {
    const e = make();
    const before = citationNumbersKey.getState(e.state)!;
    e.commands.insertContentAt(e.state.doc.content.size - 2, '补充');
    e.commands.insertContentAt(1, '开头');
    const after = citationNumbersKey.getState(e.state)!;
    // Not recomputed: the same occurrence list, only the decorations mapped.
    expect(after.occurrences).toBe(before.occurrences);
    expect(labels(e)).toEqual(['1:1,2', '2:', '3:3']);
  });

  it('renumbers when a citation is added, deleted, or text is typed between two that touch', () => {
    const e = make();
    e.commands.insertContentAt(1, [cite('z')]);
    expect(citationNumbersKey.getState(e.state)!.occurrences.map((o) => o.passageId)).toEqual(['z', 'a', 'b', 'c']);
    expect(labels(e)).toEqual(['1:1', '2:2,3', '3:', '4:4']);

    // Between a and b: the group splits.
    let between = -1;
    e.state.doc.descendants((node, pos) => {
      if (node.type.name === 'citation' && node.attrs.passageId === 'b') between = pos;
    });
    e.commands.insertContentAt(between, '，');
    expect(labels(e)).toEqual(['1:1', '2:2', '3:3', '4:4']);

    let zAt = -1;
    e.state.doc.descendants((node, pos) => {
      if (node.type.name === 'citation' && node.attrs.passageId === 'z') zAt = pos;
    });
    e.commands.deleteRange({ from: zAt, to: zAt + 1 });
    expect(citationNumbersKey.getState(e.state)!.occurrences.map((o) => o.passageId)).toEqual(['a', 'b', 'c']);
    expect(labels(e)).toEqual(['1:1', '2:2', '3:3']);
  });
});
