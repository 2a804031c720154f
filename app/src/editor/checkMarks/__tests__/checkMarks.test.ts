// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCheckIndex } from '../../../../../electron/shared/check/CheckIndex';
import { checkAgainst } from '../../../../../electron/shared/check/checkAgainst';
import type { CheckPassage } from '../../../../../electron/shared/check/checkTypes';
import { docCheckText } from '../../../../../electron/shared/check/docCheckText';
import { docPlainText } from '../../../../../electron/shared/doc/docPlainText';
import type { DocNode } from '../../../../../electron/shared/doc/docTypes';
import { createEditorExtensions } from '../../createEditorExtensions';
import { docTextPositions } from '../../../../../electron/shared/doc/docTextPositions';
import { editorDocText } from '../../editorDocText';
import { checkMarksKey, finishCheck, spanAt, startCheck } from '..';

let editor: Editor | null = null;
afterEach(() => {
  editor?.destroy();
  editor = null;
});

const make = (content: object) => (editor = new Editor({ element: document.createElement('div'), extensions: createEditorExtensions(), content }));
const PASSAGE = { id: 'p1', text: '二十年来，浙江久久为功，扎实推进“千村示范、万村整治”工程，造就了万千美丽乡村，造福了万千农民群众。' };
const index = buildCheckIndex([PASSAGE], 13);
const lookup = (ids: string[]) => new Map<string, CheckPassage>(ids.map((id) => [id, { id, text: PASSAGE.text, sourceId: 's1', sourceTitle: '来源一', workTitle: '' }]));
const check = (e: Editor) => checkAgainst(docCheckText(e.getJSON() as unknown as DocNode), [index], lookup, 13);

describe('checkMarks', () => {
  it('maps plain-text offsets to positions across headings, hard breaks and citations', () => {
    const e = make({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: '标题' }] },
        { type: 'paragraph' },
        { type: 'paragraph', content: [{ type: 'text', text: '甲乙' }, { type: 'citation', attrs: { passageId: 'p1', kind: 'quote' } }, { type: 'text', text: '丙' }, { type: 'hardBreak' }, { type: 'text', text: '丁戊' }] },
        { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: '己庚' }] }] },
      ],
    });
    const plain = docPlainText(e.getJSON() as unknown as DocNode);
    const map = docTextPositions(editorDocText(e.state.doc));
    expect(map.length).toBe(plain.length);
    for (let o = 0; o < plain.length; o++) {
      if (plain[o] === '\n') continue;
      const from = map.from(o);
      expect(e.state.doc.textBetween(from, map.to(o + 1)), `offset ${o}`).toBe(plain[o]);
    }
    expect(e.state.doc.textBetween(map.from(plain.indexOf('甲')), map.to(plain.indexOf('丙') + 1))).toBe('甲乙丙');
  });

  it('colours spans by status and keeps them on their words while the writer types during the check', () => {
    const words = PASSAGE.text.slice(5, 40);
    const e = make({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `我的话。${words}结束。` }] }] });
    const snapshot = e.state.doc;
    const token = startCheck(e.view);
    const result = check(e);
    // Typing at the start while the check runs.
    e.chain().setTextSelection(1).insertContent('新写的开头').run();
    finishCheck(e.view, token, snapshot, result.spans);
    const set = checkMarksKey.getState(e.state)!.decorations.find();
    expect(set).toHaveLength(1);
    expect(e.state.doc.textBetween(set[0]!.from, set[0]!.to)).toBe(words.replace(/^[，。]+|[，。]+$/g, ''));
    const dom = e.view.dom.querySelector('.check-span.check-uncited');
    expect(dom?.textContent).toBe(e.state.doc.textBetween(set[0]!.from, set[0]!.to));
    expect(spanAt(e.view, set[0]!.from + 1)?.span.passageId).toBe('p1');
  });

  it('drops the result of a check overtaken by a newer one', () => {
    const e = make({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: PASSAGE.text }] }] });
    const old = startCheck(e.view);
    startCheck(e.view);
    finishCheck(e.view, old, e.state.doc, check(e).spans);
    expect(checkMarksKey.getState(e.state)!.decorations.find()).toHaveLength(0);
  });

  it('one click cites an uncited span as a quotation: the check then counts it cited', () => {
    const words = PASSAGE.text.slice(5, 40);
    const e = make({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `我的体会是${words}这是我的话。` }] }] });
    const before = check(e);
    expect(before.spans[0]!.cited).toBe(false);
    const token = startCheck(e.view);
    finishCheck(e.view, token, e.state.doc, before.spans);
    const placed = spanAt(e.view, checkMarksKey.getState(e.state)!.decorations.find()[0]!.from)!;
    const exact = PASSAGE.text.slice(placed.span.passageFrom, placed.span.passageTo);
    e.commands.citeCheckSpan({ from: placed.from, to: placed.to, passageId: 'p1', text: exact, citedOn: '2026-12-01' });
    const json = e.getJSON() as unknown as DocNode;
    expect(docPlainText(json)).toBe(`我的体会是“${exact}”${words.slice(words.indexOf(exact) + exact.length)}这是我的话。`);
    const after = check(e);
    expect(after.spans.every((s) => s.cited && s.status === 'quoted')).toBe(true);
    expect(after.uncitedRatio).toBe(0);
    expect(before.uncitedRatio).toBeGreaterThan(0.5);
  });

  it('turns a span into a cited adaptation', () => {
    const e = make({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: PASSAGE.text }] }] });
    const [span] = check(e).spans;
    const token = startCheck(e.view);
    finishCheck(e.view, token, e.state.doc, [span!]);
    const placed = spanAt(e.view, 2)!;
    e.commands.adaptCheckSpan({ from: placed.from, to: placed.to, passageId: 'p1' });
    const after = check(e);
    expect(after.spans[0]).toMatchObject({ cited: true, status: 'adapted' });
  });
});
