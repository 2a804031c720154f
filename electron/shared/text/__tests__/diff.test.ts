import { describe, expect, it } from 'vitest';
import { diffChars } from '../diffChars';
import { rewriteDegree } from '../rewriteDegree';

describe('diffChars', () => {
  it('finds the same, added and deleted runs by character', () => {
    expect(diffChars('坚持科学规划，因地制宜', '坚持统一规划，因地制宜')).toEqual([
      { op: 'same', text: '坚持' },
      { op: 'del', text: '科学' },
      { op: 'add', text: '统一' },
      { op: 'same', text: '规划，因地制宜' },
    ]);
    expect(diffChars('', '新')).toEqual([{ op: 'add', text: '新' }]);
    expect(diffChars('旧', '')).toEqual([{ op: 'del', text: '旧' }]);
  });

  it('rebuilds both texts from its runs', () => {
    const a = '浙江“千万工程”二十年久久为功，造就了万千美丽乡村。';
    const b = '我县学习“千万工程”，二十年如一日，造就美丽乡村。';
    const ops = diffChars(a, b);
    expect(ops.filter((o) => o.op !== 'add').map((o) => o.text).join('')).toBe(a);
    expect(ops.filter((o) => o.op !== 'del').map((o) => o.text).join('')).toBe(b);
  });
});

describe('rewriteDegree', () => {
  const source = '浙江坚持因地制宜、分类指导，选择合适自己的治理和发展模式。';
  it('is 0 for a verbatim copy and 1 for entirely new words', () => {
    expect(rewriteDegree(source, source)).toBe(0);
    expect(rewriteDegree(source, '我们要结合本地实际推进工作。')).toBe(1);
  });

  it('grows as more of the text is rewritten, ignoring punctuation', () => {
    const light = rewriteDegree(source, '浙江坚持因地制宜、分类指导，选择适合本地的治理和发展模式。');
    const heavy = rewriteDegree(source, '我县也要因地制宜，找准适合本地的发展路子。');
    expect(light).toBeGreaterThan(0);
    expect(heavy).toBeGreaterThan(light);
    expect(rewriteDegree(source, `${source.replace(/[、，。]/g, '')}`)).toBe(0);
  });
});
