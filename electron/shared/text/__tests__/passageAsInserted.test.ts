import { describe, expect, it } from 'vitest';
import { passageAsInserted } from '../passageAsInserted';

describe('passageAsInserted', () => {
  const source = '5、始终坚持系统治理，久久为功。';

  it('is the passage without its list number for text made from it now', () => {
    expect(passageAsInserted(source, '始终坚持系统治理，久久为功。')).toBe('始终坚持系统治理，久久为功。');
    expect(passageAsInserted(source, '我们要坚持系统治理。')).toBe('始终坚持系统治理，久久为功。');
  });

  it('is the whole passage for text that still starts with the number (inserted before it was dropped), and for a passage without one', () => {
    expect(passageAsInserted(source, '5、始终坚持系统治理，久久为功。')).toBe(source);
    expect(passageAsInserted('坚持因地制宜', '因地制宜')).toBe('坚持因地制宜');
  });
});
