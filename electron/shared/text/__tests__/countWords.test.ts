import { describe, expect, it } from 'vitest';
import { countWords } from '../countWords';

// Each expected figure below was counted by hand, character by character, the way WPS 字数 counts.
describe('countWords', () => {
  it('counts each Chinese character once and leaves punctuation out of 字数', () => {
    // 学习浙江(4) 千万工程(4) 经验(2) = 10 characters; “”， 。 = 4 punctuation marks
    const c = countWords('学习浙江“千万工程”，经验。');
    expect(c.cjkChars).toBe(10);
    expect(c.words).toBe(10);
    expect(c.punctuation).toBe(4);
  });

  it('counts a Latin word or a number as one', () => {
    // 2023(1) 年(1) 6(1) 月(1) APP(1) 客户端(3) = 8
    const c = countWords('2023年6月，APP客户端');
    expect(c.words).toBe(8);
    expect(c.nonCjkWords).toBe(3);
    expect(c.cjkChars).toBe(5);
    expect(c.punctuation).toBe(1);
  });

  it('keeps decimals, thousands separators and contractions inside one word', () => {
    // 3.14(1) 1,000(1) don't(1) e-mail(1) = 4
    expect(countWords('3.14 1,000 don\'t e-mail').words).toBe(4);
  });

  it('does not join a Chinese sentence end to the next number', () => {
    // 共(1) 20(1) 年(1) . 3(1) 个(1) = 5, the full stop after 年 counted as punctuation
    const c = countWords('共20年。3个');
    expect(c.words).toBe(5);
    expect(c.punctuation).toBe(1);
  });

  it('counts characters with and without spaces (千万 工程 ab: 8 with, 6 without)', () => {
    const c = countWords('千万 工程 ab');
    expect(c.charsWithSpaces).toBe(8);
    expect(c.charsWithoutSpaces).toBe(6);
    expect(c.words).toBe(5);
  });

  it('counts a rare CJK extension character and an emoji correctly', () => {
    // 𠀀 (U+20000, extension B) is one character; the emoji is a symbol, not a word
    const c = countWords('𠀀字😀');
    expect(c.cjkChars).toBe(2);
    expect(c.words).toBe(2);
    expect(c.charsWithSpaces).toBe(3);
  });

  it('counts a hand-checked paragraph from the seed corpus', () => {
    // “千万工程”二十年久久为功，从“千村示范、万村整治”到“千村精品、万村美丽”
    // Han characters: 千万工程(4)二十年久久为功(7)从(1)千村示范(4)万村整治(4)到(1)千村精品(4)万村美丽(4) = 29
    // punctuation: “ ” ， “ 、 ” “ 、 ” = 9
    const c = countWords('“千万工程”二十年久久为功，从“千村示范、万村整治”到“千村精品、万村美丽”');
    expect(c.words).toBe(29);
    expect(c.punctuation).toBe(9);
  });

  it('returns zero for empty or whitespace-only text', () => {
    expect(countWords('').words).toBe(0);
    expect(countWords(' \n\t').words).toBe(0);
  });
});
