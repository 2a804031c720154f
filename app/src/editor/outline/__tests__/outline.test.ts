// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { citationNumbersKey } from '../../citationNumbers';
import { createEditorExtensions } from '../../createEditorExtensions';
import { collectOutline, currentOutlineIndex, moveSection, sectionBlocks } from '..';

const h = (level: 1 | 2, text: string) => ({ type: 'heading', attrs: { level }, content: [{ type: 'text', text }] });
const p = (text: string, cite?: string) => ({
  type: 'paragraph',
  content: [{ type: 'text', text }, ...(cite ? [{ type: 'citation', attrs: { passageId: cite, kind: 'quote' } }] : [])],
});

let editor: Editor;
const make = (content: object[]) => (editor = new Editor({ element: document.createElement('div'), extensions: createEditorExtensions(), content: { type: 'doc', content } }));
afterEach(() => editor?.destroy());

const texts = () => editor.state.doc.content.content.map((n) => n.textContent);
const numbers = () => citationNumbersKey.getState(editor.state)!.occurrences.map((o, i) => `${o.passageId}:${citationNumbersKey.getState(editor.state)!.numbers[i]}`);

describe('outline', () => {
  it('lists headings with level and position, and finds the section holding the cursor', () => {
    make([p('开头'), h(1, '一、认识'), p('正文一'), h(2, '（一）小节'), p('小节正文'), h(1, '二、做法'), p('正文二')]);
    const items = collectOutline(editor.state.doc);
    expect(items.map((i) => [i.level, i.text, i.index])).toEqual([
      [1, '一、认识', 1],
      [2, '（一）小节', 3],
      [1, '二、做法', 5],
    ]);
    expect(editor.state.doc.nodeAt(items[2]!.pos)?.textContent).toBe('二、做法');
    expect(currentOutlineIndex(items, 1)).toBe(-1);
    expect(currentOutlineIndex(items, items[1]!.pos + 3)).toBe(1);
    expect(currentOutlineIndex(items, editor.state.doc.content.size)).toBe(2);
  });

  it('a section runs to the next heading of the same or a higher level', () => {
    make([h(1, '一、'), p('a'), h(2, '（一）'), p('b'), h(1, '二、'), p('c')]);
    expect(sectionBlocks(editor.state.doc, 0)).toEqual({ start: 0, end: 4, level: 1 });
    expect(sectionBlocks(editor.state.doc, 2)).toEqual({ start: 2, end: 4, level: 2 });
    expect(sectionBlocks(editor.state.doc, 1)).toBeNull();
  });
});

describe('moving a section', () => {
  it('moves a section down with its subsections and citations; the notes renumber; one undo restores it', () => {
    make([p('开头', 'P0'), h(1, '一、认识'), p('甲', 'PA'), h(2, '（一）小节'), p('乙', 'PB'), h(1, '二、做法'), p('丙', 'PC'), p('结尾')]);
    expect(numbers()).toEqual(['P0:1', 'PA:2', 'PB:3', 'PC:4']);
    editor.commands.setTextSelection(editor.state.doc.child(0).nodeSize + 3);
    expect(moveSection(editor.state, 1, -1)).toBe(false);
    expect(moveSection(editor.state, 1, 1, (tr) => editor.view.dispatch(tr))).toBe(true);
    // The last section (二、) runs to the end, so 结尾 travels with it.
    expect(texts()).toEqual(['开头', '二、做法', '丙', '结尾', '一、认识', '甲', '（一）小节', '乙']);
    expect(numbers()).toEqual(['P0:1', 'PC:2', 'PA:3', 'PB:4']);
    // The cursor moved along, still in 一、认识.
    expect(editor.state.selection.$from.parent.textContent).toBe('一、认识');
    editor.commands.undo();
    expect(texts()).toEqual(['开头', '一、认识', '甲', '（一）小节', '乙', '二、做法', '丙', '结尾']);
  });

  it('moves up past the previous sibling’s subsections, but not out of its parent', () => {
    make([h(1, '一、'), p('a'), h(2, '（一）'), p('b'), h(1, '二、'), p('c'), h(2, '（一）二'), h(2, '（二）二')]);
    expect(moveSection(editor.state, 4, -1, (tr) => editor.view.dispatch(tr))).toBe(true);
    expect(texts()).toEqual(['二、', 'c', '（一）二', '（二）二', '一、', 'a', '（一）', 'b']);
    // （一）二 is now at index 2 and is the first child of 二、: it cannot go up, but it can go down.
    expect(moveSection(editor.state, 2, -1)).toBe(false);
    expect(moveSection(editor.state, 2, 1, (tr) => editor.view.dispatch(tr))).toBe(true);
    expect(texts().slice(0, 4)).toEqual(['二、', 'c', '（二）二', '（一）二']);
    // The last level-2 of 二、 cannot go down into 一、.
    expect(moveSection(editor.state, 3, 1)).toBe(false);
  });
});
