import { describe, expect, it } from 'vitest';
import { docCheckText } from '../../check/docCheckText';
import { docPlainText } from '../docPlainText';
import { docText } from '../docText';
import { docTextPositions } from '../docTextPositions';
import { RICH_DOC } from './richDoc';

describe('docText, the one plain-text walk', () => {
  const plain = docText(RICH_DOC);

  it('reads one line per textblock, hard breaks as line breaks, citations left out', () => {
    expect(plain.text.split('\n')).toEqual([
      '学习“千万工程”经验的体会',
      '',
      '我们要久久为功，学习alpha',
      'beta经验。',
      '扎实推进“千村示范、万村整治”工程，造就了万千美丽乡村',
      '一、主要做法',
      '浙江二十年来造福了广大农民',
      '第二条',
      '续行',
      '有序一项',
      '我的话。二十年来，浙江久久为功，扎实推进“千村示范、万村整治”工程，造就了万千美丽乡村。结束。',
    ]);
    expect(plain.lines.map((l) => [plain.text.slice(l.start, l.end), l.kind])).toEqual(plain.text.split('\n').map((line, i) => [line, ['heading', 'paragraph', 'paragraph', 'paragraph', 'quote', 'heading', 'list', 'list', 'list', 'list', 'paragraph'][i]]));
    expect(plain.textblocks).toHaveLength(9);
  });

  it('gives the ProseMirror positions of the JSON: text, hard breaks, citations and block starts', () => {
    // heading: opens at 0, content at 1; "学习“千万工程”经验的体会" is 13 units; closes → 15.
    expect(plain.textblocks[0]).toEqual({ start: 0, end: 13, pos: 1 });
    // the empty paragraph at 15: content at 16, closes at 17.
    expect(plain.textblocks[1]!.pos).toBe(16);
    // 我们要 (18..21) 久久为功 (21..25) citation 25, then text at 26.
    expect(plain.citations[0]).toEqual({ offset: plain.text.indexOf('，学习'), pos: 25, passageId: 'p1', kind: 'seeAlso' });
    expect(plain.pieces.find((p) => p.offset === plain.text.indexOf('，学习'))!.pos).toBe(26);
  });

  it('is what the check reads and what the plain text is', () => {
    const input = docCheckText(RICH_DOC);
    expect(input.text).toBe(plain.text);
    expect(docPlainText(RICH_DOC)).toBe(plain.text);
    expect(input.blocks).toEqual(plain.lines);
    expect(input.citedIds).toEqual(['p1']);
    // The quoted words on either side of the quote's citation are two ranges: they do not touch in the document.
    expect(input.marks.map((m) => [m.type, plain.text.slice(m.start, m.end)])).toEqual([
      ['quoted', '扎实推进“千村示范、万村整治”工程'],
      ['quoted', '，造就了万千美丽乡村'],
      ['adapted', '浙江二十年来造福了广大农民'],
    ]);
  });

  it('maps every offset back to a position, and ends of ranges to the position after their last character', () => {
    const at = docTextPositions(plain);
    expect(at.length).toBe(plain.text.length);
    const quote = plain.text.indexOf('扎实推进“千村');
    expect(at.from(quote)).toBe(plain.textblocks[3]!.pos);
    const end = quote + '扎实推进“千村示范、万村整治”工程'.length;
    // The citation stands at `to(end)`; the next words start one position later.
    expect(plain.citations[1]!.pos).toBe(at.to(end));
    expect(at.from(end)).toBe(at.to(end) + 1);
  });
});
