/** Blocks, 0-based and inclusive, that keep `content-visibility: auto`; the others are hidden. */
export interface BlockRange {
  first: number;
  last: number;
}

/** Below this many top-level blocks, content-visibility: auto's own check is cheap enough. */
export const MIN_BLOCKS = 200;
/** Screens of blocks kept above and below the view: a fling or Page Down lands in blocks already kept. */
const MARGIN_SCREENS = 3;
const MIN_MARGIN_BLOCKS = 40;

/**
 * The range of blocks to keep, given `count` blocks of which `shown` are in view, or null when none
 * need hiding. While the view stays well inside the range kept (`kept`), that range is returned as
 * it was: the rule is rewritten, and the blocks' styles recomputed, only after a scroll of about a
 * screen or more.
 */
export function windowRange(count: number, shown: BlockRange, kept: BlockRange | null): BlockRange | null {
  if (count < MIN_BLOCKS) return null;
  const screen = shown.last - shown.first + 1;
  const margin = Math.max(MIN_MARGIN_BLOCKS, MARGIN_SCREENS * screen);
  const slack = Math.floor(margin / 3);
  if (kept) {
    // An edge of the draft needs no slack: nothing lies beyond it to come into view.
    const above = kept.first === 0 || shown.first - kept.first >= slack;
    const below = kept.last >= count - 1 || kept.last - shown.last >= slack;
    if (above && below && shown.first >= kept.first && shown.last <= kept.last) return kept;
  }
  return { first: Math.max(0, shown.first - margin), last: Math.min(count - 1, shown.last + margin) };
}
