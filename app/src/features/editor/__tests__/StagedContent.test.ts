// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import type { Transaction } from '@tiptap/pm/state';
import { afterEach, describe, expect, it } from 'vitest';
import type { BlockNode, DocNode } from '../../../../../electron/shared/doc/docTypes';
import { createEditorExtensions } from '../../../editor/createEditorExtensions';
import { StagedContent, isStagedTransaction } from '../StagedContent';
import { splitFirstScreen } from '../splitFirstScreen';

let editor: Editor | null = null;
afterEach(() => {
  editor?.destroy();
  editor = null;
});

/**
 * A 1,200-block draft with a heading every 40 blocks (so some stages would end on one) and a
 * quotation with its citation every 7.
 */
function longDraft(): DocNode {
  const content: BlockNode[] = [];
  for (let i = 0; i < 1200; i++) {
    if (i % 40 === 0) content.push({ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: `第${i / 40 + 1}部分` }] });
    else if (i % 7 === 0)
      content.push({
        type: 'paragraph',
        content: [
          { type: 'text', text: `第${i}段引用：` },
          { type: 'text', text: '久久为功', marks: [{ type: 'quoted', attrs: { passageId: `p${i}` } }] },
          { type: 'citation', attrs: { passageId: `p${i}`, kind: 'quote', citedOn: '2026-12-01' } },
        ],
      });
    else content.push({ type: 'paragraph', content: [{ type: 'text', text: `第${i}段，千万工程造就了万千美丽乡村。` }] });
  }
  return { type: 'doc', content };
}

/** The draft as an editor holds it when mounted whole (attributes filled in with their defaults). */
function whole(doc: DocNode): DocNode {
  const reference = new Editor({ element: document.createElement('div'), extensions: createEditorExtensions(), content: doc });
  const json = reference.getJSON() as DocNode;
  reference.destroy();
  return json;
}

function mount(doc: DocNode) {
  const parts = splitFirstScreen(doc);
  editor = new Editor({ element: document.createElement('div'), extensions: createEditorExtensions(), content: parts.first });
  const ed = editor;
  const edits: Transaction[] = [];
  let stages = 0;
  ed.on('update', ({ transaction }) => (isStagedTransaction(transaction) ? stages++ : edits.push(transaction)));
  let completed = 0;
  let resolve!: () => void;
  const done = new Promise<void>((r) => (resolve = r));
  const staged = new StagedContent(ed, parts.rest, () => {
    completed++;
    resolve();
  });
  return { ed, parts, staged, done, edits, stages: () => stages, completed: () => completed };
}

describe('StagedContent', () => {
  it('appends the rest in several stages, none of them an edit or an undo step', async () => {
    const doc = longDraft();
    const m = mount(doc);
    expect(m.parts.rest.length).toBeGreaterThan(900);
    expect(m.ed.state.doc.childCount).toBe(m.parts.first.content.length);
    m.staged.start();
    expect(m.staged.pending).toBe(true);
    await m.done;
    expect(m.staged.pending).toBe(false);
    expect(m.ed.getJSON()).toEqual(whole(doc));
    expect(m.stages()).toBeGreaterThan(1);
    expect(m.edits).toEqual([]);
    expect(m.ed.can().undo()).toBe(false);
  });

  it('never lets a stage end on a heading, where the trailing-paragraph rule would add an empty paragraph', async () => {
    // Every other block a heading: about half of all stage ends would fall after one. Enough blocks
    // for several stages however fast this machine appends them (a stage is at most 400 blocks).
    const content: BlockNode[] = [];
    for (let i = 0; i < 3000; i++) content.push(i % 2 ? { type: 'paragraph', content: [{ type: 'text', text: `第${i}段，千万工程。`.repeat(3) }] } : { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: `小标题${i}` }] });
    const doc: DocNode = { type: 'doc', content };
    const m = mount(doc);
    m.staged.start();
    await m.done;
    expect(m.stages()).toBeGreaterThan(5);
    expect(m.ed.getJSON()).toEqual(whole(doc));
  });

  it('keeps what the writer types meanwhile, and Ctrl+Z undoes only that', async () => {
    const doc = longDraft();
    const m = mount(doc);
    m.staged.start();
    m.ed.commands.insertContentAt(3, '【补】');
    await m.done;
    const json = m.ed.getJSON() as DocNode;
    expect(json.content).toHaveLength(doc.content.length);
    expect((json.content[0]!.content![0] as { text: string }).text).toBe('第1【补】部分');
    expect(json.content.slice(1)).toEqual(whole(doc).content.slice(1));
    expect(m.edits).toHaveLength(1);
    m.ed.commands.undo();
    expect(m.ed.getJSON()).toEqual(whole(doc));
  });

  it('finish() appends everything at once, also after stop(), and reports completion once', () => {
    const doc = longDraft();
    const m = mount(doc);
    m.staged.start();
    m.staged.stop();
    m.staged.finish();
    expect(m.ed.getJSON()).toEqual(whole(doc));
    m.staged.finish();
    m.staged.start();
    expect(m.completed()).toBe(1);
    expect(m.edits).toEqual([]);
  });

  it('numbers the citations of later stages after those of the first screen', async () => {
    const m = mount(longDraft());
    m.staged.start();
    await m.done;
    const numbers = Array.from(m.ed.view.dom.querySelectorAll('sup.citation')).map((el) => Number(el.getAttribute('data-n')));
    expect(numbers.length).toBeGreaterThan(150);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  });

  it('a short draft completes at once, with nothing appended', () => {
    const doc: DocNode = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '短稿。' }] }] };
    const m = mount(doc);
    m.staged.start();
    expect(m.completed()).toBe(1);
    expect(m.stages()).toBe(0);
    expect(m.ed.getJSON()).toEqual(whole(doc));
  });
});
