import { describe, expect, it } from 'vitest';
import { withoutEnumerator } from '../withoutEnumerator';

describe('withoutEnumerator', () => {
  it('drops the list numbers the 范文 number their points with', () => {
    expect(withoutEnumerator('5、始终坚持系统治理，久久为功。')).toBe('始终坚持系统治理，久久为功。');
    expect(withoutEnumerator('12. 坚持规划先行')).toBe('坚持规划先行');
    expect(withoutEnumerator('3）因地制宜')).toBe('因地制宜');
    expect(withoutEnumerator('（2）分类指导')).toBe('分类指导');
    expect(withoutEnumerator('(2) 分类指导')).toBe('分类指导');
    expect(withoutEnumerator('一、践行以人民为中心的发展初心。')).toBe('践行以人民为中心的发展初心。');
    expect(withoutEnumerator('（十一）久久为功')).toBe('久久为功');
    expect(withoutEnumerator('③ 建设宜居宜业和美乡村')).toBe('建设宜居宜业和美乡村');
    expect(withoutEnumerator('  2、 绿水青山')).toBe('绿水青山');
    expect(withoutEnumerator('１、全角数字')).toBe('全角数字');
  });

  it('keeps numbers that are the sentence’s own: ranges, decimals, years, 一是 and 第一，', () => {
    for (const text of ['3、4月份完成整治', '1.5亿元投入农村', '一、二级公路通达', '2023年开展', '一是坚持规划先行', '第一，坚持党建引领', '千村示范、万村整治', '１．５亿元']) {
      expect(withoutEnumerator(text)).toBe(text);
    }
  });

  it('leaves a passage that is nothing but a number as it is', () => {
    expect(withoutEnumerator('（一）')).toBe('（一）');
    expect(withoutEnumerator('5、')).toBe('5、');
  });
});
