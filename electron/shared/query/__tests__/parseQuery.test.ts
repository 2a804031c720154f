import { describe, expect, it } from 'vitest';
import { findHighlights } from '../../text/findHighlights';
import { foldForIndex } from '../../text/foldForIndex';
import { parseQuery } from '../parseQuery';

describe('parseQuery', () => {
  it('requires every space-separated word, full-width spaces too', () => {
    expect(parseQuery('千万工程　人居环境 ').include).toEqual(['千万工程', '人居环境']);
  });

  it('keeps quoted phrases whole, straight or Chinese quotes', () => {
    expect(parseQuery('"乡村 振兴" “两山理论”').include).toEqual(['乡村 振兴', '两山理论']);
  });

  it('excludes -words, and takes a lone dash or unclosed quote literally', () => {
    expect(parseQuery('乡村 -海淀 -"东沙 镇"')).toMatchObject({ include: ['乡村'], exclude: ['海淀', '东沙 镇'] });
    expect(parseQuery('- “未闭合').include).toEqual(['-', '“未闭合']);
  });

  it('folds width, case and traditional characters', () => {
    expect(parseQuery('千萬工程 ＡＰＰ').include).toEqual(['千万工程', 'app']);
  });
});

describe('foldForIndex', () => {
  it('maps traditional to simplified one character for one, both ways of searching meet', () => {
    const trad = '浙江「千萬工程」經驗，鄉村振興';
    expect(foldForIndex(trad)).toBe('浙江「千万工程」经验,乡村振兴');
    expect(foldForIndex(trad).length).toBe(trad.length);
    expect(findHighlights(trad, ['千万工程'])).toEqual([[3, 7]]);
    expect(findHighlights('千万工程', ['千萬工程'])).toEqual([[0, 4]]);
  });
});
