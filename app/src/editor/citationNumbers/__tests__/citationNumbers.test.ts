// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createEditorExtensions } from '../../createEditorExtensions';
import type { NoteStyle } from '../../../../../electron/shared/citations/citationStyles';
import { citationNumbersKey, refreshCitationTitles, type CitationNumbersStorage } from '../citationNumbers';

let editor: Editor | null = null;
afterEach(() => {
  editor?.destroy();
  editor = null;
});

const cite = (passageId: string) => ({ type: 'citation', attrs: { passageId, kind: 'quote' } });
const text = (t: string) => ({ type: 'text', text: t });

function make(style: NoteStyle = 'numbered'): Editor {
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
  storage(editor).style = style;
  refreshCitationTitles(editor);
  return editor;
}

const storage = (e: Editor) => (e.storage as unknown as { citationNumbers: CitationNumbersStorage }).citationNumbers;

const labels = (e: Editor) => [...e.view.dom.querySelectorAll('[data-passage-id]')].map((el) => `${el.getAttribute('data-n')}:${el.getAttribute('data-label')}`);

describe('citation numbers', () => {
  it('typing away from citations keeps the numbering and moves the marks with the text', () => {
    const e = make();
    const before = citationNumbersKey.getState(e.state)!;
    e.commands.insertContentAt(e.state.doc.content.size - 2, '补充');
    e.commands.insertContentAt(1, '开头');
    const after = citationNumbersKey.getState(e.state)!;
    // Not recomputed: the same occurrence list, only the positions mapped.
    expect(after.occurrences).toBe(before.occurrences);
    expect(after.positions).not.toEqual(before.positions);
    expect(labels(e)).toEqual(['1:[1,2]', '2:', '3:[3]']);
  });

  it('gives a citation whose element is made anew (its paragraph split, undone) its mark at once', () => {
    const e = make();
    // Split the second paragraph right before its text: the paragraph and its citation are drawn again.
    e.commands.setTextSelection(e.state.doc.child(0).nodeSize + 1);
    e.commands.splitBlock();
    expect(citationNumbersKey.getState(e.state)!.occurrences.map((o) => o.passageId)).toEqual(['a', 'b', 'c']);
    expect(labels(e)).toEqual(['1:[1,2]', '2:', '3:[3]']);
    const c = e.view.dom.querySelector('[data-passage-id="c"]')!;
    expect(c.classList.contains('citation-first')).toBe(true);
    e.commands.undo();
    expect(labels(e)).toEqual(['1:[1,2]', '2:', '3:[3]']);
    // Its tooltip follows the passage's title once known.
    storage(e).titles.set('c', '《感悟》');
    refreshCitationTitles(e);
    expect(e.view.dom.querySelector('[data-passage-id="c"]')!.getAttribute('title')).toBe('《感悟》');
    expect(e.view.dom.querySelector('[data-passage-id="a"]')!.hasAttribute('title')).toBe(false);
  });

  it('renumbers when a citation is added, deleted, or text is typed between two that touch', () => {
    const e = make();
    e.commands.insertContentAt(1, [cite('z')]);
    expect(citationNumbersKey.getState(e.state)!.occurrences.map((o) => o.passageId)).toEqual(['z', 'a', 'b', 'c']);
    expect(labels(e)).toEqual(['1:[1]', '2:[2,3]', '3:', '4:[4]']);

    // Between a and b: the group splits.
    let between = -1;
    e.state.doc.descendants((node, pos) => {
      if (node.type.name === 'citation' && node.attrs.passageId === 'b') between = pos;
    });
    e.commands.insertContentAt(between, '，');
    expect(labels(e)).toEqual(['1:[1]', '2:[2]', '3:[3]', '4:[4]']);

    let zAt = -1;
    e.state.doc.descendants((node, pos) => {
      if (node.type.name === 'citation' && node.attrs.passageId === 'z') zAt = pos;
    });
    e.commands.deleteRange({ from: zAt, to: zAt + 1 });
    expect(citationNumbersKey.getState(e.state)!.occurrences.map((o) => o.passageId)).toEqual(['a', 'b', 'c']);
    expect(labels(e)).toEqual(['1:[1]', '2:[2]', '3:[3]']);
  });

  it('shows each note style: ①② one mark per citation, [1] by work, 文中注 as text', () => {
    const e = make('circled');
    expect(labels(e)).toEqual(['1:①', '2:②', '3:③']);
    // Two passages of one work: one [1] note in 顺序编码制, two notes when circled.
    storage(e).keys.set('a', 'src:s1|感悟').set('c', 'src:s1|感悟');
    storage(e).style = 'numbered';
    refreshCitationTitles(e);
    expect(labels(e)).toEqual(['1:[1,2]', '2:', '1:[1]']);
    storage(e).style = 'inline';
    storage(e).inline.set('a', '《感悟》，优知文库').set('b', '《发言》').set('c', '《感悟》，优知文库');
    refreshCitationTitles(e);
    expect(labels(e)).toEqual(['0:（《感悟》，优知文库；《发言》）', '0:', '0:（《感悟》，优知文库）']);
    expect(e.view.dom.querySelector('[data-passage-id="a"]')!.classList.contains('citation-inline')).toBe(true);
  });
});
