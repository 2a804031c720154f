import type { BlockRange } from './windowRange';

/** The top-level blocks the stylesheet gives `content-visibility: auto` and a remembered size. */
const BLOCKS = ':is(p, h1, h2, blockquote, ul, ol)';

/**
 * A stylesheet rule hiding (`content-visibility: hidden`) the children of the editor marked
 * `[attribute="scope"]` before and after the range kept, by index (`:nth-child`, 1-based), except a
 * block holding the caret (`exceptClass`). The run after the range is open-ended, so blocks appended
 * later are hidden too. An empty string when nothing is hidden.
 */
export function windowRule(attribute: string, scope: string, exceptClass: string, kept: BlockRange, count: number): string {
  const hidden = (nth: string) => `[${attribute}="${scope}"] > ${BLOCKS}${nth}:not(.${exceptClass})`;
  const rules = [...(kept.first > 0 ? [hidden(`:nth-child(-n+${kept.first})`)] : []), ...(kept.last < count - 1 ? [hidden(`:nth-child(n+${kept.last + 2})`)] : [])];
  return rules.length ? `${rules.join(',\n')} { content-visibility: hidden; }` : '';
}
