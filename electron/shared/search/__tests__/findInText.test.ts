import { describe, expect, it } from 'vitest';
import { expandReplacement, findInText as findWithTable, type FindOptions } from '../findInText';
import { searchFoldTable } from '../searchFoldTable';

const findInText = (text: string, query: string, options: FindOptions) => findWithTable(text, query, options, searchFoldTable());

const loose: FindOptions = { matchCase: false, matchWidth: false, regex: false };
const spans = (text: string, query: string, options: FindOptions = loose) => {
  const r = findInText(text, query, options);
  if (!r.ok) throw new Error(r.error);
  return r.matches.map((m) => text.slice(m.start, m.end));
};

describe('findInText', () => {
  it('finds traditional, full-width and other-case forms of a plain query, at the right offsets', () => {
    const text = '学习千萬工程经验，推广千万工程。ＡＰＰ与app';
    expect(spans(text, '千万工程')).toEqual(['千萬工程', '千万工程']);
    expect(spans(text, 'App')).toEqual(['ＡＰＰ', 'app']);
    const r = findInText(text, '千万', loose);
    expect(r.ok && r.matches.map((m) => m.start)).toEqual([2, 11]);
  });

  it('honours match case and match width', () => {
    const text = 'APP、app、ＡＰＰ、ａｐｐ';
    expect(spans(text, 'APP', { ...loose, matchCase: true })).toEqual(['APP', 'ＡＰＰ']);
    expect(spans(text, 'APP', { ...loose, matchWidth: true })).toEqual(['APP', 'app']);
    expect(spans(text, 'APP', { ...loose, matchCase: true, matchWidth: true })).toEqual(['APP']);
    expect(spans('经验，经验,', '经验,', { ...loose, matchWidth: true })).toEqual(['经验,']);
  });

  it('does not overlap matches and finds nothing for an empty query', () => {
    expect(spans('啊啊啊啊', '啊啊')).toEqual(['啊啊', '啊啊']);
    expect(spans('文本', '')).toEqual([]);
  });

  it('runs regular expressions, reports a bad one, and skips empty matches', () => {
    expect(spans('一是规划，二是人才，三是治理', '[一二三]是(..)', { ...loose, regex: true })).toEqual(['一是规划', '二是人才', '三是治理']);
    expect(spans('Abc abc', 'abc', { ...loose, regex: true, matchCase: true })).toEqual(['abc']);
    expect(spans('Abc abc', 'abc', { ...loose, regex: true })).toEqual(['Abc', 'abc']);
    expect(spans('文本', 'x*', { ...loose, regex: true })).toEqual([]);
    const bad = findInText('文本', '(', { ...loose, regex: true });
    expect(bad.ok).toBe(false);
  });
});

describe('expandReplacement', () => {
  it('fills $1, $& and $$ for regular-expression matches and leaves plain replacements alone', () => {
    const text = '一是规划';
    const r = findInText(text, '(.)是(..)', { ...loose, regex: true });
    const m = r.ok ? r.matches[0]! : null;
    expect(expandReplacement('$2为第$1 [$&] $$ $9', text, m!)).toBe('规划为第一 [一是规划] $ $9');
    expect(expandReplacement('$1', text, { start: 0, end: 4 })).toBe('$1');
  });
});
