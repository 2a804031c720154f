import { describe, expect, it } from 'vitest';
import { MIN_BLOCKS, windowRange } from '../windowRange';

describe('windowRange', () => {
  it('hides nothing in a draft of fewer blocks than content-visibility handles cheaply', () => {
    expect(windowRange(MIN_BLOCKS - 1, { first: 50, last: 60 }, null)).toBeNull();
  });

  it('keeps three screens of blocks on either side of the view, at least 40', () => {
    expect(windowRange(1000, { first: 500, last: 509 }, null)).toEqual({ first: 460, last: 549 });
    expect(windowRange(1000, { first: 500, last: 519 }, null)).toEqual({ first: 440, last: 579 });
  });

  it('stops at the ends of the draft', () => {
    expect(windowRange(1000, { first: 0, last: 9 }, null)).toEqual({ first: 0, last: 49 });
    expect(windowRange(1000, { first: 990, last: 999 }, null)).toEqual({ first: 950, last: 999 });
  });

  it('keeps the range while the view stays well inside it, and moves it after about a screen', () => {
    const kept = windowRange(1000, { first: 500, last: 509 }, null)!;
    expect(windowRange(1000, { first: 510, last: 519 }, kept)).toBe(kept);
    expect(windowRange(1000, { first: 490, last: 499 }, kept)).toBe(kept);
    // 13 blocks of slack (a third of the margin): nearer the edge than that, a new range.
    expect(windowRange(1000, { first: 530, last: 539 }, kept)).toEqual({ first: 490, last: 579 });
    expect(windowRange(1000, { first: 100, last: 109 }, kept)).toEqual({ first: 60, last: 149 });
  });

  it('needs no slack at an end of the draft, so the range stays put while reading the first or last screens', () => {
    const top = windowRange(1000, { first: 0, last: 9 }, null)!;
    expect(windowRange(1000, { first: 0, last: 9 }, top)).toBe(top);
    const end = windowRange(1000, { first: 990, last: 999 }, null)!;
    expect(windowRange(1000, { first: 985, last: 994 }, end)).toBe(end);
    // Blocks added past a range that reached the end: it no longer does, and the view nears its edge.
    expect(windowRange(1040, { first: 990, last: 999 }, end)).toEqual({ first: 950, last: 1039 });
  });
});
