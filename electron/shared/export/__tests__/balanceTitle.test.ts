import { describe, expect, it } from 'vitest';
import { balanceTitle } from '../balanceTitle';

// Words as jieba cuts them (the export uses jieba; here they are written out so the test needs no dictionary).
const WORDS: Record<string, string[]> = {
  '在学习运用“千万工程”经验推进乡村全面振兴专题研讨会上的发言': ['在', '学习', '运用', '“', '千万', '工程', '”', '经验', '推进', '乡村', '全面', '振兴', '专题', '研讨会', '上', '的', '发言'],
  '深入学习“千万工程”经验 扎实推进乡村全面振兴': ['深入', '学习', '“', '千万', '工程', '”', '经验', ' ', '扎实', '推进', '乡村', '全面', '振兴'],
  '关于学习运用浙江“千村示范、万村整治”工程经验加快推进宜居宜业和美乡村建设的实施意见': ['关于', '学习', '运用', '浙江', '“', '千村', '示范', '、', '万村', '整治', '”', '工程', '经验', '加快', '推进', '宜居', '宜业', '和美', '乡村', '建设', '的', '实施', '意见'],
};
const tokenize = (t: string) => WORDS[t] ?? Array.from(t);

describe('balanceTitle (GB/T 9704: 词意完整，排列对称)', () => {
  it('keeps a title that fits on one line', () => {
    expect(balanceTitle('学习“千万工程”经验心得体会', 20, tokenize)).toEqual(['学习“千万工程”经验心得体会']);
  });

  it('breaks a long title into balanced lines at word boundaries, never leaving an orphan like “发言”', () => {
    const lines = balanceTitle('在学习运用“千万工程”经验推进乡村全面振兴专题研讨会上的发言', 20, tokenize);
    expect(lines).toHaveLength(2);
    expect(lines.join('')).toBe('在学习运用“千万工程”经验推进乡村全面振兴专题研讨会上的发言');
    const [a, b] = lines.map((l) => Array.from(l).length);
    expect(Math.abs(a! - b!)).toBeLessThanOrEqual(4);
    expect(lines[0]).not.toMatch(/的$/);
    expect(lines.some((l) => /^工程|千万$/.test(l))).toBe(false);
  });

  it('prefers the space the writer put between the two phrases of a title', () => {
    expect(balanceTitle('深入学习“千万工程”经验 扎实推进乡村全面振兴', 15, tokenize)).toEqual(['深入学习“千万工程”经验', '扎实推进乡村全面振兴']);
  });

  it('makes three lines a 梯形 or 菱形 and never breaks inside “……”', () => {
    const lines = balanceTitle('关于学习运用浙江“千村示范、万村整治”工程经验加快推进宜居宜业和美乡村建设的实施意见', 20, tokenize);
    expect(lines.length).toBe(3);
    const lens = lines.map((l) => Array.from(l).length);
    const monotone = (lens[0]! <= lens[1]! && lens[1]! <= lens[2]!) || (lens[0]! >= lens[1]! && lens[1]! >= lens[2]!);
    const diamond = lens[1]! >= lens[0]! && lens[1]! >= lens[2]!;
    expect(monotone || diamond).toBe(true);
    for (const l of lines) expect((l.match(/“/g) ?? []).length).toBe((l.match(/”/g) ?? []).length);
  });

  it('keeps a break the writer forced (Shift+Enter) and balances each part', () => {
    expect(balanceTitle('学习心得\n第二行', 20, tokenize)).toEqual(['学习心得', '第二行']);
  });
});
