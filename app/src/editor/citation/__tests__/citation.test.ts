// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createEditorExtensions } from '../../createEditorExtensions';
import { citationNumbersKey, refreshCitationTitles, type CitationNumbersStorage } from '../../citationNumbers';

let editor: Editor | null = null;
afterEach(() => {
  editor?.destroy();
  editor = null;
});

function make(content: object): Editor {
  editor = new Editor({ element: document.createElement('div'), extensions: createEditorExtensions(), content });
  // These tests are about [1] numbering (顺序编码制); the circled and 文中注 marks have their own tests.
  (editor.storage as unknown as { citationNumbers: CitationNumbersStorage }).citationNumbers.style = 'numbered';
  refreshCitationTitles(editor);
  return editor;
}

const para = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

describe('citation extension', () => {
  it('inserts a long quotation as a block quote after the current block, ending in a quote citation', () => {
    const e = make({ type: 'doc', content: [para('我的第一段。'), para('第二段。')] });
    e.commands.setTextSelection(3);
    const long = '“千万工程”造福万千农民群众。'.repeat(10);
    e.commands.quotePassage({ passageId: 'p1', text: long, citedOn: '2026-11-22' });
    const json = e.getJSON();
    expect(json.content?.map((n) => n.type)).toEqual(['paragraph', 'blockquote', 'paragraph']);
    expect(json.content?.[1]).toEqual({
      type: 'blockquote',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: long, marks: [{ type: 'quoted', attrs: { passageId: 'p1' } }] },
            { type: 'citation', attrs: { passageId: 'p1', kind: 'quote', citedOn: '2026-11-22', note: null, statement: null } },
          ],
        },
      ],
    });
  });

  it('round-trips through HTML with its data attributes', () => {
    const e = make({ type: 'doc', content: [para('正文')] });
    e.commands.setTextSelection(3);
    e.commands.insertCitation({ passageId: 'p-x', kind: 'seeAlso' });
    const html = e.getHTML();
    expect(html).toContain('data-passage-id="p-x"');
    expect(html).toContain('data-kind="seeAlso"');
    const again = make({ type: 'doc', content: [] });
    again.commands.setContent(html);
    const cit = again.getJSON().content?.[0]?.content?.find((n) => n.type === 'citation');
    expect((cit as { attrs?: unknown } | undefined)?.attrs).toEqual({ passageId: 'p-x', kind: 'seeAlso', citedOn: null, note: null, statement: null });
  });

  it('keeps an external note (an imported footnote) through HTML', () => {
    const attrs = { passageId: 'note-0123456789abcdef', kind: 'quote' as const, citedOn: null, note: '会议纪要，第 3 页。' };
    const e = make({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '正文' }, { type: 'citation', attrs }] }] });
    expect(e.getHTML()).toContain('data-note="会议纪要，第 3 页。"');
    const again = make({ type: 'doc', content: [] });
    again.commands.setContent(e.getHTML());
    const cit = again.getJSON().content?.[0]?.content?.find((n) => n.type === 'citation');
    expect((cit as { attrs?: unknown } | undefined)?.attrs).toEqual({ ...attrs, statement: null });
  });

  it('keeps a cited statement (转引) through HTML', () => {
    const attrs = { passageId: 'p1', kind: 'quote' as const, citedOn: '2026-12-05', note: null, statement: '绿水青山就是金山银山' };
    const e = make({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '正文' }, { type: 'citation', attrs }] }] });
    expect(e.getHTML()).toContain('data-statement="绿水青山就是金山银山"');
    const again = make({ type: 'doc', content: [] });
    again.commands.setContent(e.getHTML());
    expect((again.getJSON().content?.[0]?.content?.find((n) => n.type === 'citation') as { attrs?: unknown } | undefined)?.attrs).toEqual(attrs);
  });

  it('contributes no text to word counts or plain text', () => {
    const e = make({ type: 'doc', content: [para('甲乙')] });
    e.commands.setTextSelection(3);
    e.commands.insertCitation({ passageId: 'p1', kind: 'quote' });
    expect(e.getText()).toBe('甲乙');
  });
});

describe('citation numbers', () => {
  it('numbers in document order, reuses numbers, and renumbers when text moves', () => {
    const e = make({ type: 'doc', content: [para('第一段'), para('第二段')] });
    e.commands.setTextSelection(4);
    e.commands.insertCitation({ passageId: 'a', kind: 'quote' });
    e.commands.setTextSelection(e.state.doc.content.size - 1);
    e.commands.insertCitation({ passageId: 'b', kind: 'quote' });
    let st = citationNumbersKey.getState(e.state)!;
    expect(st.occurrences.map((o) => o.passageId)).toEqual(['a', 'b']);
    expect(st.numbers).toEqual([1, 2]);
    // A citation of b inserted at the very start becomes number 1, and a becomes 2.
    e.commands.setTextSelection(1);
    e.commands.insertCitation({ passageId: 'b', kind: 'seeAlso' });
    st = citationNumbersKey.getState(e.state)!;
    expect(st.numbers).toEqual([1, 2, 1]);
    const shown = Array.from(e.view.dom.querySelectorAll('sup.citation')).map((el) => el.getAttribute('data-n'));
    expect(shown).toEqual(['1', '2', '1']);
  });

  it('shows adjacent citations as one group [1-3]', () => {
    const e = make({ type: 'doc', content: [para('正文')] });
    e.commands.setTextSelection(3);
    e.commands.insertCitation({ passageId: 'a', kind: 'quote' });
    e.commands.insertCitation({ passageId: 'b', kind: 'quote' });
    e.commands.insertCitation({ passageId: 'c', kind: 'seeAlso' });
    const sups = Array.from(e.view.dom.querySelectorAll('sup.citation'));
    expect(sups.map((el) => el.getAttribute('data-label'))).toEqual(['[1-3]', '', '']);
    expect(sups.map((el) => el.classList.contains('citation-merged'))).toEqual([false, true, true]);
  });

  it('drops the number when the cited text is deleted', () => {
    const e = make({ type: 'doc', content: [para('第一段')] });
    e.commands.setTextSelection(4);
    e.commands.insertCitation({ passageId: 'a', kind: 'quote' });
    e.commands.selectAll();
    e.commands.deleteSelection();
    expect(citationNumbersKey.getState(e.state)!.occurrences).toEqual([]);
  });
});
