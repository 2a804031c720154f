import { describe, expect, it } from 'vitest';
import { windowRule } from '../windowRule';

const block = (nth: string) => `[data-w="1"] > :is(p, h1, h2, blockquote, ul, ol)${nth}:not(.caret)`;

describe('windowRule', () => {
  it('hides the blocks before and after the range kept, the run after it open-ended for blocks added later', () => {
    expect(windowRule('data-w', '1', 'caret', { first: 10, last: 19 }, 100)).toBe(`${block(':nth-child(-n+10)')},\n${block(':nth-child(n+21)')} { content-visibility: hidden; }`);
  });

  it('leaves out a side the range reaches', () => {
    expect(windowRule('data-w', '1', 'caret', { first: 0, last: 49 }, 100)).toBe(`${block(':nth-child(n+51)')} { content-visibility: hidden; }`);
    expect(windowRule('data-w', '1', 'caret', { first: 50, last: 99 }, 100)).toBe(`${block(':nth-child(-n+50)')} { content-visibility: hidden; }`);
  });

  it('writes nothing when nothing is kept out', () => {
    expect(windowRule('data-w', '1', 'caret', { first: 0, last: 99 }, 100)).toBe('');
  });
});
