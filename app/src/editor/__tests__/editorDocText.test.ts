// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCheckIndex } from '../../../../electron/shared/check/CheckIndex';
import { checkAgainst } from '../../../../electron/shared/check/checkAgainst';
import type { CheckPassage } from '../../../../electron/shared/check/checkTypes';
import { docCheckText } from '../../../../electron/shared/check/docCheckText';
import { RICH_DOC, RICH_PASSAGE } from '../../../../electron/shared/doc/__tests__/richDoc';
import { docPlainText } from '../../../../electron/shared/doc/docPlainText';
import { docTextPositions } from '../../../../electron/shared/doc/docTextPositions';
import { compileFindRegex } from '../../../../electron/shared/search/compileFindRegex';
import { searchFoldTable } from '../../../../electron/shared/search/searchFoldTable';
import { countWords } from '../../../../electron/shared/text/countWords';
import { countEditorDocument } from '../../features/status/countEditorDocument';
import { checkMarksKey, finishCheck, placeSpans, startCheck } from '../checkMarks';
import { createEditorExtensions } from '../createEditorExtensions';
import { editorDocJson } from '../editorDocJson';
import { editorDocText } from '../editorDocText';
import { findInDoc } from '../findReplace';
import { findPassageRuns } from '../passageCheck/findPassageRuns';

// One document with headings, footnote citations, a quotation, hard breaks and lists; every user of
// the document's plain text must put the same offset at the same place (the editor has no tables).
let editor: Editor | null = null;
afterEach(() => {
  editor?.destroy();
  editor = null;
});
const make = () => (editor = new Editor({ element: document.createElement('div'), extensions: createEditorExtensions(), content: RICH_DOC }));
const PLAIN = { matchCase: false, matchWidth: false, regex: false };
const REGEX = { ...PLAIN, regex: true };
const index = buildCheckIndex([RICH_PASSAGE], 13);
const lookup = (ids: string[]) => new Map<string, CheckPassage>(ids.map((id) => [id, { id, text: RICH_PASSAGE.text, sourceId: 's1', sourceTitle: '来源一', workTitle: '' }]));

describe('the plain text every part of the editor reads', () => {
  it('is the text the service reads from the saved JSON, and maps every character to its place in the editor', () => {
    const e = make();
    const plain = editorDocText(e.state.doc);
    expect(plain.text).toBe(docPlainText(RICH_DOC));
    expect(plain.text).toBe(docPlainText(editorDocJson(e.state.doc)));
    const at = docTextPositions(plain);
    for (let o = 0; o < plain.text.length; o++) {
      if (plain.text[o] === '\n') continue;
      expect(e.state.doc.textBetween(at.from(o), at.to(o + 1)), `offset ${o}`).toBe(plain.text[o]);
    }
    for (const c of plain.citations) expect(e.state.doc.nodeAt(c.pos)?.type.name).toBe('citation');
    for (const b of plain.textblocks) expect(e.state.doc.resolve(b.pos).parent.isTextblock).toBe(true);
  });

  it('the check: the spans it reports on the saved JSON are decorated on exactly their words', () => {
    const e = make();
    const result = checkAgainst(docCheckText(editorDocJson(e.state.doc)), [index], lookup, 13);
    expect(result.spans.length).toBeGreaterThan(0);
    const placed = placeSpans(e.state.doc, result.spans);
    for (const p of placed) expect(e.state.doc.textBetween(p.from, p.to)).toBe(p.span.text);
    const token = startCheck(e.view);
    finishCheck(e.view, token, e.state.doc, result.spans);
    const decorations = checkMarksKey.getState(e.state)!.decorations.find();
    expect(decorations.map((d) => [d.from, d.to])).toEqual(placed.map((p) => [p.from, p.to]));
  });

  it('find and replace: a match is at the place the same words have in the check, never across a citation or a line break', () => {
    const e = make();
    const tools = { fold: searchFoldTable(), compileRegex: compileFindRegex };
    const found = findInDoc(e.state.doc, '万千美丽乡村', PLAIN, tools);
    if (!found.ok) throw new Error('find failed');
    const plain = editorDocText(e.state.doc);
    const at = docTextPositions(plain);
    const offsets = [...plain.text.matchAll(/万千美丽乡村/g)].map((m) => m.index);
    expect(found.matches.map((m) => [m.from, m.to])).toEqual(offsets.map((o) => [at.from(o), at.to(o + 6)]));
    for (const m of found.matches) expect(e.state.doc.textBetween(m.from, m.to)).toBe('万千美丽乡村');
    // In the heading, the quotation, a list item and the last paragraph.
    expect(findInDoc(e.state.doc, '万村整治”工程', PLAIN, tools)).toMatchObject({ ok: true, skipped: 0 });
    expect(findInDoc(e.state.doc, '久久为功，学习', PLAIN, tools)).toMatchObject({ ok: true, matches: [], skipped: 1 });
    expect(findInDoc(e.state.doc, 'alpha.beta', REGEX, tools)).toMatchObject({ ok: true, matches: [], skipped: 0 });
    expect(findInDoc(e.state.doc, 'alpha\\sbeta', REGEX, tools)).toMatchObject({ ok: true, matches: [], skipped: 0 });
    const items = findInDoc(e.state.doc, '第二条', PLAIN, tools);
    expect(items.ok && e.state.doc.textBetween(items.matches[0]!.from, items.matches[0]!.to)).toBe('第二条');
  });

  it('the word count: the status bar counts what the service stores, a line break between two words included', () => {
    const e = make();
    const stored = countWords(docPlainText(editorDocJson(e.state.doc))).words;
    const shown = countEditorDocument(e.state.doc);
    expect(shown.words).toBe(stored);
    // alpha⏎beta are two words, not "alphabeta".
    const two = make();
    two.commands.setContent({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'alpha' }, { type: 'hardBreak' }, { type: 'text', text: 'beta' }] }] });
    expect(countEditorDocument(two.state.doc).words).toBe(2);
    e.destroy();
  });

  it('the passage decorations: quoted and adapted runs sit on the words the check reads as quoted and adapted', () => {
    const e = make();
    const runs = findPassageRuns(e.state.doc);
    const marks = docCheckText(editorDocJson(e.state.doc)).marks;
    const text = editorDocText(e.state.doc).text;
    expect(runs.map((r) => [r.type, r.text])).toEqual(marks.map((m) => [m.type, text.slice(m.start, m.end)]));
    for (const r of runs) {
      expect(e.state.doc.textBetween(r.from, r.to)).toBe(r.text);
      expect(e.state.doc.rangeHasMark(r.from, r.to, e.schema.marks[r.type]!)).toBe(true);
    }
  });
});
