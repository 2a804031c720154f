// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadFindTools } from '../../../../../electron/shared/search/loadFindTools';
import { createEditorExtensions } from '../../createEditorExtensions';
import { findReplaceKey } from '..';

let editor: Editor;
afterEach(() => editor?.destroy());

const cite = (id: string) => ({ type: 'citation', attrs: { passageId: id, kind: 'quote' } });
const text = (t: string, marks?: object[]) => ({ type: 'text', text: t, ...(marks ? { marks } : {}) });
function make(content: object[]) {
  editor = new Editor({ element: document.createElement('div'), extensions: createEditorExtensions(), content: { type: 'doc', content } });
  return editor;
}
const state = () => findReplaceKey.getState(editor.state)!;
const citations = () => {
  const ids: string[] = [];
  editor.state.doc.descendants((n) => {
    if (n.type.name === 'citation') ids.push(n.attrs.passageId as string);
  });
  return ids;
};

describe('find before the fold table and the regular-expression engine are loaded', () => {
  it('refuses a query until they are there, then finds traditional forms too', async () => {
    make([{ type: 'paragraph', content: [text('学习千萬工程经验。')] }]);
    expect(editor.commands.setFindQuery('千万工程')).toBe(false);
    expect(state().query).toBe('');
    expect(editor.commands.setFindQuery('')).toBe(true);
    await loadFindTools();
    expect(editor.commands.setFindQuery('千万工程')).toBe(true);
    expect(state().matches.map((m) => m.text)).toEqual(['千萬工程']);
  });
});

describe('find and replace in the editor', () => {
  beforeAll(() => loadFindTools());

  it('highlights every match, Chinese-aware, and steps through them selecting each', () => {
    make([
      { type: 'paragraph', content: [text('学习千萬工程经验。')] },
      { type: 'heading', attrs: { level: 1 }, content: [text('一、千万工程的启示')] },
    ]);
    editor.commands.setTextSelection(1);
    editor.commands.setFindQuery('千万工程');
    expect(state().matches.map((m) => m.text)).toEqual(['千萬工程', '千万工程']);
    expect(editor.view.dom.querySelectorAll('.find-match')).toHaveLength(2);
    expect(state().current).toBe(0);
    editor.commands.findNext();
    expect(state().current).toBe(1);
    const { from, to } = editor.state.selection;
    expect(editor.state.doc.textBetween(from, to)).toBe('千万工程');
    editor.commands.findNext();
    expect(state().current).toBe(0);
    editor.commands.findPrevious();
    expect(state().current).toBe(1);
    expect(editor.view.dom.querySelector('.find-current')?.textContent).toBe('千万工程');
    editor.commands.setFindQuery('');
    expect(editor.view.dom.querySelectorAll('.find-match')).toHaveLength(0);
  });

  it('replaces all in one undo step, keeps marks, and never touches a citation', () => {
    make([
      { type: 'paragraph', content: [text('千万工程'), cite('P1'), text('；'), text('千万工程', [{ type: 'bold' }]), text('好')] },
      { type: 'paragraph', content: [text('又见千万工程'), cite('P2')] },
    ]);
    const before = editor.getJSON();
    editor.commands.setFindQuery('千万工程');
    expect(state().matches).toHaveLength(3);
    editor.commands.replaceAllMatches('“千万工程”');
    expect(editor.getText()).toBe('“千万工程”；“千万工程”好\n\n又见“千万工程”');
    expect(citations()).toEqual(['P1', 'P2']);
    const bold: Array<string | undefined> = [];
    editor.state.doc.descendants((n) => {
      if (n.isText && n.marks.some((m) => m.type.name === 'bold')) bold.push(n.text);
    });
    expect(bold).toEqual(['“千万工程”']);
    editor.commands.undo();
    expect(editor.getJSON()).toEqual(before);
  });

  it('a replace right after typing is still its own undo step', () => {
    make([{ type: 'paragraph', content: [text('学习')] }]);
    editor.commands.setTextSelection(editor.state.doc.content.size - 1);
    // Inserted just before, where the replacement then happens: the history would merge the two.
    editor.commands.insertContent('千万工程经验');
    const typed = editor.getJSON();
    editor.commands.setFindQuery('千万工程');
    editor.commands.replaceAllMatches('千村示范');
    expect(editor.getText()).toBe('学习千村示范经验');
    editor.commands.undo();
    expect(editor.getJSON()).toEqual(typed);
  });

  it('a match across a citation is left alone and counted as skipped', () => {
    make([{ type: 'paragraph', content: [text('经验'), cite('P1'), text('。经验。')] }]);
    editor.commands.setFindQuery('经验.', { regex: true });
    // 经验 + the citation would match `.`; only the second 经验。 is a match.
    expect(state().matches.map((m) => m.text)).toEqual(['经验。']);
    expect(state().skipped).toBe(1);
    editor.commands.replaceAllMatches('做法');
    expect(editor.getText()).toBe('经验。做法');
    expect(citations()).toEqual(['P1']);
  });

  it('replaces one match at a time, with regular-expression groups, and reports a bad expression', () => {
    make([{ type: 'paragraph', content: [text('一是规划，二是人才。')] }]);
    editor.commands.setTextSelection(1);
    editor.commands.setFindQuery('(.)是(..)', { regex: true });
    expect(state().matches).toHaveLength(2);
    editor.commands.replaceMatch('第$1，$2');
    expect(editor.getText()).toBe('第一，规划，二是人才。');
    expect(state().matches.map((m) => m.text)).toEqual(['二是人才']);
    expect(state().current).toBe(0);
    editor.commands.setFindQuery('(', { regex: true });
    expect(state().error).toEqual({ code: 'regexSyntax', reason: 'missingParen' });
    expect(state().matches).toEqual([]);
  });

  it('runs a backtracking trap in linear time and refuses a pattern too costly for the whole document', () => {
    make([{ type: 'paragraph', content: [text('a'.repeat(3000))] }, ...Array.from({ length: 400 }, () => ({ type: 'paragraph', content: [text('学习千万工程经验，推进乡村全面振兴。'.repeat(16))] }))]);
    // A backtracking engine would never finish this; re2js's time on such runs is a bench row (--only=guards).
    editor.commands.setFindQuery('(a+)+b', { regex: true });
    expect(state().error).toBeNull();
    expect(state().matches).toEqual([]);
    // Fine on one paragraph, but about 0.5 s on each edit over these 120,000 characters.
    editor.commands.setFindQuery('(.{30}|.{31}|.{32}|.{33}|.{34}){20}', { regex: true });
    expect(state().error).toEqual({ code: 'regexTooComplex' });
    editor.commands.setFindQuery('(a)\\1', { regex: true });
    expect(state().error).toEqual({ code: 'regexUnsupported', feature: 'backreference' });
  });

  it('re-finds after typing, and case and width options narrow the matches', () => {
    make([{ type: 'paragraph', content: [text('APP 与 ａｐｐ')] }]);
    editor.commands.setFindQuery('app');
    expect(state().matches).toHaveLength(2);
    editor.commands.setFindQuery('app', { matchWidth: true });
    expect(state().matches.map((m) => m.text)).toEqual(['APP']);
    editor.commands.setFindQuery('app', { matchWidth: false, matchCase: true });
    expect(state().matches.map((m) => m.text)).toEqual(['ａｐｐ']);
    editor.commands.setTextSelection(editor.state.doc.content.size - 1);
    editor.commands.insertContent(' app');
    expect(state().matches.map((m) => m.text)).toEqual(['ａｐｐ', 'app']);
  });
});
