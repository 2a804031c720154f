import { describe, expect, it } from 'vitest';
import { findHighlights } from '../findHighlights';
import { foldForSearch } from '../foldForSearch';

describe('foldForSearch', () => {
  it('folds full-width Latin and digits and case, keeping the length', () => {
    const s = 'ＡＰＰ客户端２０２３　Abc';
    expect(foldForSearch(s)).toBe('app客户端2023 abc');
    expect(foldForSearch(s).length).toBe(s.length);
  });
});

describe('findHighlights', () => {
  it('finds every occurrence of every term and merges overlaps', () => {
    expect(findHighlights('千万工程，千万工程经验', ['千万工程', '工程经验'])).toEqual([
      [0, 4],
      [5, 11],
    ]);
  });

  it('matches across width and case', () => {
    expect(findHighlights('开发“平安通”ＡＰＰ客户端', ['app'])).toEqual([[7, 10]]);
  });
});
