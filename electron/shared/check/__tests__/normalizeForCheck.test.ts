import { describe, expect, it } from 'vitest';
import { normalizeForCheck } from '../normalizeForCheck';

const str = (codes: Uint16Array) => String.fromCharCode(...codes);

describe('normalizeForCheck', () => {
  it('keeps Chinese characters, letters and digits; drops punctuation and spaces', () => {
    const n = normalizeForCheck('“千万工程”，二十年！ ABC 123。');
    expect(str(n.codes)).toBe('千万工程二十年abc123');
  });

  it('folds width, case and traditional forms', () => {
    expect(str(normalizeForCheck('千萬工程ＡＢ２０２３').codes)).toBe('千万工程ab2023');
  });

  it('maps each kept unit back to its offset in the original', () => {
    const text = '甲，乙 丙。\n丁';
    const n = normalizeForCheck(text);
    expect([...n.map].map((i) => text[i])).toEqual(['甲', '乙', '丙', '丁']);
    expect([...n.map]).toEqual([0, 2, 4, 7]);
  });
});
