import { describe, expect, it } from 'vitest';
import { shownBlocks } from '../shownBlocks';

/** Blocks of the given heights stacked from y = 0, reading their boxes as the browser reports them. */
function stack(heights: number[]): { blocks: Element[]; reads: () => number } {
  let reads = 0;
  let y = 0;
  const blocks = heights.map((h) => {
    const top = y;
    y += h;
    return {
      getBoundingClientRect: () => {
        reads++;
        return { top, bottom: top + h } as DOMRect;
      },
    } as unknown as Element;
  });
  return { blocks, reads: () => reads };
}

describe('shownBlocks', () => {
  it('finds the blocks overlapping the band, partly shown ones included', () => {
    const { blocks } = stack(Array.from({ length: 100 }, () => 50));
    expect(shownBlocks(blocks, 0, 400)).toEqual({ first: 0, last: 7 });
    expect(shownBlocks(blocks, 1010, 1420)).toEqual({ first: 20, last: 28 });
  });

  it('handles blocks of any height, a band inside one block, and bands past either end', () => {
    const { blocks } = stack([30, 900, 20, 20]);
    expect(shownBlocks(blocks, 100, 500)).toEqual({ first: 1, last: 1 });
    expect(shownBlocks(blocks, -300, -100)).toEqual({ first: 0, last: 0 });
    expect(shownBlocks(blocks, 5000, 5400)).toEqual({ first: 3, last: 3 });
  });

  it('reads the geometry of a few blocks, not all of them', () => {
    const { blocks, reads } = stack(Array.from({ length: 1000 }, (_, i) => 40 + (i % 7) * 10));
    shownBlocks(blocks, 20_000, 20_900);
    expect(reads()).toBeLessThanOrEqual(22);
  });
});
