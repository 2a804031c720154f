import { describe, expect, it } from 'vitest';
import { parseSearchQuery } from '../parseSearchQuery';

const folded = (input: string) => {
  const q = parseSearchQuery(input);
  return { include: q.include.map((t) => t.folded), exclude: q.exclude.map((t) => t.folded) };
};

describe('parseSearchQuery', () => {
  it('needs every space-separated word (AND), half- and full-width spaces', () => {
    expect(folded('千万工程 人居环境')).toEqual({ include: ['千万工程', '人居环境'], exclude: [] });
    expect(folded('  千万工程　人居环境\t村  ')).toEqual({ include: ['千万工程', '人居环境', '村'], exclude: [] });
  });

  it('keeps quoted phrases whole: straight, full-width and Chinese quotes', () => {
    const q = parseSearchQuery('"乡村 振兴" “两山 理论” ＂美丽　乡村＂ 「共同 富裕」');
    expect(q.include.map((t) => t.folded)).toEqual(['乡村 振兴', '两山 理论', '美丽 乡村', '共同 富裕']);
    expect(q.include.every((t) => t.phrase)).toBe(true);
    expect(q.include[0]!.raw).toBe('乡村 振兴');
  });

  it('excludes -words and -"phrases", with a half- or full-width minus', () => {
    expect(folded('乡村 -海淀 －东沙镇 -"红坪 镇"')).toEqual({ include: ['乡村'], exclude: ['海淀', '东沙镇', '红坪 镇'] });
  });

  it('searches for a lone minus and for inner minus signs as written', () => {
    expect(folded('- 2020-2025')).toEqual({ include: ['-', '2020-2025'], exclude: [] });
  });

  it('treats an unclosed quote as a phrase being typed', () => {
    expect(folded('千万 "乡村 振')).toEqual({ include: ['千万', '乡村 振'], exclude: [] });
    expect(folded('“千万工程')).toEqual({ include: ['千万工程'], exclude: [] });
  });

  it('takes pasted text with quotes glued to words literally', () => {
    expect(folded('“千万工程”经验')).toEqual({ include: ['“千万工程”经验'], exclude: [] });
    expect(folded('学习"千万工程"')).toEqual({ include: ['学习"千万工程"'], exclude: [] });
  });

  it('folds width, case and traditional characters, keeping what was typed', () => {
    const q = parseSearchQuery('千萬工程 ＡＰＰ');
    expect(q.include.map((t) => [t.raw, t.folded])).toEqual([
      ['千萬工程', '千万工程'],
      ['ＡＰＰ', 'app'],
    ]);
  });

  it('drops empty words and empty quotes', () => {
    expect(folded('"" “ ” -  　')).toEqual({ include: ['-'], exclude: [] });
    expect(folded('')).toEqual({ include: [], exclude: [] });
  });
});
