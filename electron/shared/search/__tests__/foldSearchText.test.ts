import { Converter } from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { foldSearchKey } from '../foldSearchKey';
import { foldSearchText } from '../foldSearchText';

describe('foldSearchText', () => {
  it('folds traditional to simplified both ways: 千萬工程 and 千万工程 fold alike', () => {
    expect(foldSearchText('千萬工程')).toBe('千万工程');
    expect(foldSearchText('千万工程')).toBe('千万工程');
    expect(foldSearchText('學習浙江「千村示範、萬村整治」經驗')).toBe('学习浙江「千村示范、万村整治」经验');
  });

  it('folds full-width Latin and digits, case, and the ideographic space', () => {
    expect(foldSearchText('ＡＰＰ')).toBe('app');
    expect(foldSearchText('App　２０２３年')).toBe('app 2023年');
    expect(foldSearchText('ÄΣЖ')).toBe('äσж');
  });

  it('folds Taiwan and Hong Kong variant forms on their way to simplified', () => {
    expect(foldSearchText('裡')).toBe('里');
    expect(foldSearchText('衞生')).toBe('卫生');
    expect(foldSearchText('豈')).toBe('岂'); // a CJK compatibility ideograph
  });

  it('leaves characters simplified writing uses as they are', () => {
    expect(foldSearchText('著名的什么')).toBe('著名的什么');
  });

  it('keeps one UTF-16 unit for each unit in, including surrogate pairs', () => {
    const samples = ['千萬工程 ＡＰＰ', '𠮷野家 後來', '😀 emoji ＡＢ', '\u0130stanbul İ', 'ǅ ß ﬀ'];
    for (const s of samples) expect(foldSearchText(s).length).toBe(s.length);
  });

  it('agrees with OpenCC on whole traditional texts, character for character', () => {
    const toTw = Converter({ from: 'cn', to: 'tw' });
    const simplified = '二十年来，浙江持续推进乡村振兴，造就了万千美丽乡村，农民群众的获得感显著增强。';
    const traditional = toTw(simplified);
    expect(traditional).not.toBe(simplified);
    expect(foldSearchText(traditional)).toBe(foldSearchText(simplified));
  });

  it('returns an already folded string as it is', () => {
    const s = '已经是简体的文字';
    expect(foldSearchText(s)).toBe(s);
  });

  it('marks invisible characters, keeping the length; the search key leaves them out', () => {
    const text = '千\u200b萬\u200c工\u200d程\u2060、鄉村\u00ad振興\ufeff！';
    expect(foldSearchText(text).length).toBe(text.length);
    expect(foldSearchText('千\u200b万')).toBe('千\uffff万');
    expect(foldSearchKey(text)).toBe('千万工程、乡村振兴!');
    expect(foldSearchKey('千万工程')).toBe('千万工程');
  });
});
