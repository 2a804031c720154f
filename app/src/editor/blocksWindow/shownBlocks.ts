import type { BlockRange } from './windowRange';

/** The first index in [0, count) for which `after(i)` holds, given it holds for every index past one that does. */
function firstWhere(count: number, after: (i: number) => boolean): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (after(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The blocks that overlap the band from `top` to `bottom` (client coordinates), found by bisection
 * over their boxes: about 20 reads of geometry for 1,000 blocks. A hidden block still has a box, of its
 * remembered size, so the boxes stay in order down the page.
 */
export function shownBlocks(blocks: ArrayLike<Element>, top: number, bottom: number): BlockRange {
  const count = blocks.length;
  const first = Math.min(count - 1, firstWhere(count, (i) => blocks[i]!.getBoundingClientRect().bottom > top));
  const last = Math.max(first, firstWhere(count, (i) => blocks[i]!.getBoundingClientRect().top >= bottom) - 1);
  return { first, last };
}
