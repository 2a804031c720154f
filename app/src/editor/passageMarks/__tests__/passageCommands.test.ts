// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createEditorExtensions } from '../../createEditorExtensions';
import { checkRuns, findPassageRuns } from '../../passageCheck';

let editor: Editor | null = null;
afterEach(() => {
  editor?.destroy();
  editor = null;
});

function make(text = '开头。'): Editor {
  editor = new Editor({ element: document.createElement('div'), extensions: createEditorExtensions(), content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] } });
  editor.commands.setTextSelection(editor.state.doc.content.size - 1);
  return editor;
}

const PASSAGE = '坚持因地制宜、分类指导';

describe('quote, adapt and see-also', () => {
  it('nests a quoted passage’s own quotation marks inside the writer’s “ ” and still sees it as unchanged; restoring keeps them nested', () => {
    const passage = '实施“千万工程”二十年，浙江乡村面貌焕然一新';
    const e = make();
    e.commands.quotePassage({ passageId: 'p1', text: passage });
    const run = findPassageRuns(e.state.doc)[0]!;
    expect(run.text).toBe('实施‘千万工程’二十年，浙江乡村面貌焕然一新');
    const texts = new Map([['p1', passage]]);
    expect(checkRuns(findPassageRuns(e.state.doc), texts)[0]!.modified).toBe(false);
    e.commands.insertContentAt({ from: run.from + 1, to: run.from + 2 }, '推');
    expect(checkRuns(findPassageRuns(e.state.doc), texts)[0]!.modified).toBe(true);
    const changed = findPassageRuns(e.state.doc)[0]!;
    e.commands.restoreQuote({ from: changed.from, to: changed.to, passageId: 'p1', text: passage });
    expect(findPassageRuns(e.state.doc)[0]!.text).toBe('实施‘千万工程’二十年，浙江乡村面貌焕然一新');
    // A long passage becomes a block quote, with no “ ” around it: its marks stay as they are.
    const long = make();
    long.commands.quotePassage({ passageId: 'p2', text: passage, mode: 'block' });
    expect(findPassageRuns(long.state.doc)[0]!.text).toBe(passage);
  });

  it('leaves the source’s list number (5、) out of a quotation and an adaptation; the check sees both as the passage’s words, also when inserted with it', () => {
    const numbered = '5、始终坚持系统治理，久久为功。';
    const texts = new Map([['p5', numbered]]);
    const e = make();
    e.commands.quotePassage({ passageId: 'p5', text: numbered });
    expect(e.state.doc.textContent).toBe('开头。“始终坚持系统治理，久久为功。”');
    expect(findPassageRuns(e.state.doc)[0]!.text).toBe('始终坚持系统治理，久久为功。');
    expect(checkRuns(findPassageRuns(e.state.doc), texts)[0]!.modified).toBe(false);
    // Restoring a changed quotation gives the words as quoted, still without the number.
    const run = findPassageRuns(e.state.doc)[0]!;
    e.commands.insertContentAt({ from: run.from + 2, to: run.from + 4 }, '贯彻');
    expect(checkRuns(findPassageRuns(e.state.doc), texts)[0]!.modified).toBe(true);
    const changed = findPassageRuns(e.state.doc)[0]!;
    e.commands.restoreQuote({ from: changed.from, to: changed.to, passageId: 'p5', text: numbered });
    expect(findPassageRuns(e.state.doc)[0]!.text).toBe('始终坚持系统治理，久久为功。');

    const a = make();
    a.commands.adaptPassage({ passageId: 'p5', text: numbered });
    const adapted = findPassageRuns(a.state.doc).find((r) => r.type === 'adapted')!;
    expect(adapted.text).toBe('始终坚持系统治理，久久为功。');
    expect(checkRuns([adapted], texts)[0]!.degree).toBe(0);

    // A draft from before: the number inside the quotation and the adaptation is no change either.
    const old = new Editor({
      element: document.createElement('div'),
      extensions: createEditorExtensions(),
      content: {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: numbered, marks: [{ type: 'quoted', attrs: { passageId: 'p5' } }] }] },
          { type: 'paragraph', content: [{ type: 'text', text: numbered, marks: [{ type: 'adapted', attrs: { passageId: 'p5' } }] }] },
        ],
      },
    });
    const statuses = checkRuns(findPassageRuns(old.state.doc), texts);
    old.destroy();
    expect(statuses.map((s) => [s.modified, s.degree])).toEqual([
      [false, null],
      [false, 0],
    ]);
  });

  it('puts an adaptation or a block quotation in place of the empty line the caret is on (under a template heading), else after the caret’s paragraph', () => {
    const outline = (doc: Editor['state']['doc']) => doc.content.content.map((n) => `${n.type.name}:${n.textContent}`);
    const template = () => {
      editor = new Editor({
        element: document.createElement('div'),
        extensions: createEditorExtensions(),
        content: { type: 'doc', content: [{ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: '一是' }] }, { type: 'paragraph' }, { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: '二是' }] }, { type: 'paragraph', content: [{ type: 'text', text: '结尾' }] }] },
      });
      editor.commands.setTextSelection(editor.state.doc.child(0).nodeSize + 1);
      return editor;
    };
    const a = template();
    a.commands.adaptPassage({ passageId: 'p2', text: PASSAGE });
    expect(outline(a.state.doc)).toEqual(['heading:一是', `paragraph:${PASSAGE}`, 'heading:二是', 'paragraph:结尾']);
    // The writer goes on typing in that paragraph, after its citation.
    a.commands.insertContent('我的体会');
    expect(outline(a.state.doc)[1]).toBe(`paragraph:${PASSAGE}我的体会`);
    const q = template();
    q.commands.quotePassage({ passageId: 'p1', text: PASSAGE, mode: 'block' });
    expect(outline(q.state.doc)).toEqual(['heading:一是', `blockquote:${PASSAGE}`, 'heading:二是', 'paragraph:结尾']);
    // A paragraph with text stays: the passage goes after it.
    const e = make();
    e.commands.adaptPassage({ passageId: 'p2', text: PASSAGE });
    expect(outline(e.state.doc)).toEqual(['paragraph:开头。', `paragraph:${PASSAGE}`]);
  });

  it('puts a short quotation inline in Chinese quotation marks, followed by its citation', () => {
    const e = make();
    e.commands.quotePassage({ passageId: 'p1', text: PASSAGE, citedOn: '2026-11-22' });
    expect(e.getJSON().content?.[0]?.content).toEqual([
      { type: 'text', text: '开头。“' },
      { type: 'text', text: PASSAGE, marks: [{ type: 'quoted', attrs: { passageId: 'p1' } }] },
      { type: 'text', text: '”' },
      { type: 'citation', attrs: { passageId: 'p1', kind: 'quote', citedOn: '2026-11-22', note: null, statement: null } },
    ]);
    // Typing right after the quotation is the writer's own text, not part of the quote.
    e.commands.setTextSelection(e.state.doc.content.size - 1);
    e.commands.insertContent('我的话');
    expect(findPassageRuns(e.state.doc).map((r) => r.text)).toEqual([PASSAGE]);
  });

  it('adapts a passage into a linked, editable paragraph and cites it as an adaptation', () => {
    const e = make();
    e.commands.adaptPassage({ passageId: 'p2', text: PASSAGE });
    const para = e.getJSON().content?.[1];
    expect(para?.content?.[0]).toEqual({ type: 'text', text: PASSAGE, marks: [{ type: 'adapted', attrs: { passageId: 'p2' } }] });
    expect(para?.content?.[1]).toMatchObject({ type: 'citation', attrs: { passageId: 'p2', kind: 'adaptation' } });
  });

  it('inserts a see-also citation without text', () => {
    const e = make();
    e.commands.seeAlsoPassage({ passageId: 'p3' });
    expect(e.getText()).toBe('开头。');
    expect(e.getJSON().content?.[0]?.content?.at(-1)).toMatchObject({ type: 'citation', attrs: { passageId: 'p3', kind: 'seeAlso' } });
  });
});

describe('checking quotations and adaptations against their passages', () => {
  it('flags an edited quotation, restores it, or turns it into an adaptation', () => {
    const e = make();
    e.commands.quotePassage({ passageId: 'p1', text: PASSAGE });
    const texts = new Map([['p1', PASSAGE]]);
    expect(checkRuns(findPassageRuns(e.state.doc), texts)[0]!.modified).toBe(false);
    const run = findPassageRuns(e.state.doc)[0]!;
    e.commands.insertContentAt({ from: run.from + 2, to: run.from + 4 }, '统一');
    let status = checkRuns(findPassageRuns(e.state.doc), texts)[0]!;
    expect(status.run.text).toBe('坚持统一制宜、分类指导');
    expect(status.modified).toBe(true);

    e.commands.restoreQuote({ from: status.run.from, to: status.run.to, passageId: 'p1', text: PASSAGE });
    status = checkRuns(findPassageRuns(e.state.doc), texts)[0]!;
    expect(status.modified).toBe(false);
    expect(e.getText()).toBe(`开头。“${PASSAGE}”`);

    e.commands.insertContentAt({ from: status.run.from, to: status.run.from + 2 }, '继续');
    const changed = findPassageRuns(e.state.doc)[0]!;
    e.commands.quoteToAdaptation({ from: changed.from, to: changed.to, passageId: 'p1' });
    const after = findPassageRuns(e.state.doc);
    expect(after.map((r) => r.type)).toEqual(['adapted']);
    expect(e.getText()).toBe('开头。继续因地制宜、分类指导');
    expect(e.getJSON().content?.[0]?.content?.at(-1)).toMatchObject({ type: 'citation', attrs: { kind: 'adaptation' } });
    const degree = checkRuns(after, texts)[0]!.degree!;
    expect(degree).toBeGreaterThan(0);
    expect(degree).toBeLessThan(0.5);
  });
});
