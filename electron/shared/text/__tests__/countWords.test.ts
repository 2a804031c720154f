import { describe, expect, it } from 'vitest';
import { countWords } from '../countWords';

// The expected figures are Word's and WPS's 字数统计, worked out by hand from their documented rules:
// Microsoft Support, "Show the word count" / Word for East Asian text — 字数 is 中文字符和朝鲜语单词 plus
// 非中文单词; each Chinese character and each full-width punctuation mark (GB/T 15834-2011 sets Chinese
// punctuation full-width: ，。、；：？！“”‘’（）《》——……) is one; a run of Latin letters or digits between
// spaces or Chinese characters is one non-Chinese word; 字符数 counts every character, 不计空格 without the
// spaces. WPS 文字 counts 字数 and 字符数 the same way. (#20: a draft shown as 796 is about 910 in Word.)
describe('countWords: as Word and WPS count 字数 and 字符数', () => {
  it('counts full-width punctuation as 字', () => {
    // 学习浙江千万工程经验深受启发(14) + “”，。(4) = 18
    const c = countWords('学习浙江“千万工程”经验，深受启发。');
    expect(c).toMatchObject({ cjkChars: 14, fullWidthPunctuation: 4, nonCjkWords: 0, words: 18, charsWithoutSpaces: 18, charsWithSpaces: 18 });
  });

  it('counts a Latin word or a number as one word, half-width punctuation in none', () => {
    // 2023(1) 年浙江省(4) GDP(1) 增长(2) 6.0(1, its % half-width) 。(1) = 10; characters 2023年浙江省GDP增长6.0%。 = 18
    const c = countWords('2023年浙江省GDP增长6.0%。');
    expect(c).toMatchObject({ cjkChars: 6, fullWidthPunctuation: 1, nonCjkWords: 3, words: 10, charsWithoutSpaces: 18, charsWithSpaces: 18 });
  });

  it('counts English words and spaces like Word', () => {
    // Hello(1) world(1) 你好(2) ！(1) = 5; without spaces Hello world, 你好！ = 14, with its two spaces 16
    const c = countWords('Hello world, 你好！');
    expect(c).toMatchObject({ words: 5, nonCjkWords: 2, cjkChars: 2, fullWidthPunctuation: 1, charsWithoutSpaces: 14, charsWithSpaces: 16 });
  });

  it('counts the Chinese dash and ellipsis mark by mark, but not curly quotes inside English', () => {
    // 千万工程(4) ——(2) 久久为功(4) ……(2) = 12
    expect(countWords('千万工程——久久为功……').words).toBe(12);
    // He(1) said(1) hi(1): the quotes are half-width there
    expect(countWords('He said “hi”').words).toBe(3);
  });

  it('keeps decimals, thousands separators and contractions inside one word', () => {
    // 3.14(1) 1,000(1) don't(1) e-mail(1) = 4
    expect(countWords("3.14 1,000 don't e-mail").words).toBe(4);
  });

  it('counts a hand-checked sentence of the seed corpus', () => {
    // “千万工程”二十年久久为功，从“千村示范、万村整治”到“千村精品、万村美丽”
    // Han: 千万工程(4)二十年久久为功(7)从(1)千村示范(4)万村整治(4)到(1)千村精品(4)万村美丽(4) = 29
    // full-width marks: “ ” ， “ 、 ” “ 、 ” = 9; 字数 38
    const c = countWords('“千万工程”二十年久久为功，从“千村示范、万村整治”到“千村精品、万村美丽”');
    expect(c.words).toBe(38);
    expect(c.fullWidthPunctuation).toBe(9);
    expect(c.charsWithoutSpaces).toBe(38);
  });

  it('counts a rare CJK extension character and an emoji correctly', () => {
    // 𠀀 (U+20000, extension B) is one character; the emoji is a symbol, not a word
    const c = countWords('𠀀字😀');
    expect(c.cjkChars).toBe(2);
    expect(c.words).toBe(2);
    expect(c.charsWithSpaces).toBe(3);
  });

  it('returns zero for empty or whitespace-only text', () => {
    expect(countWords('').words).toBe(0);
    expect(countWords(' \n\t').words).toBe(0);
  });
});
