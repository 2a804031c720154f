import { describe, expect, it } from 'vitest';
import { foldForSearch } from '../foldForSearch';

describe('foldForSearch', () => {
  it('folds full-width Latin and digits and case, keeping the length', () => {
    const s = 'ＡＰＰ客户端２０２３　Abc';
    expect(foldForSearch(s)).toBe('app客户端2023 abc');
    expect(foldForSearch(s).length).toBe(s.length);
  });
});
