import { describe, expect, it } from 'vitest';
import { computeHighlights } from '../computeHighlights';
import { parseSearchQuery } from '../parseSearchQuery';

const terms = (input: string) => parseSearchQuery(input).include.map((t) => t.folded);

describe('computeHighlights', () => {
  it('marks every occurrence, as offsets into the original text', () => {
    const text = '千萬工程造福千万农民，千万工程';
    expect(computeHighlights(text, terms('千万工程'))).toEqual([
      [0, 4],
      [11, 15],
    ]);
  });

  it('finds full-width and upper-case text from a plain query', () => {
    const text = '手机ＡＰＰ与App';
    const ranges = computeHighlights(text, terms('app'));
    expect(ranges).toEqual([
      [2, 5],
      [6, 9],
    ]);
    expect(ranges.map(([s, e]) => text.slice(s, e))).toEqual(['ＡＰＰ', 'App']);
  });

  it('merges overlapping and touching matches of several terms', () => {
    expect(computeHighlights('乡村振兴战略', terms('乡村振 村振兴 战略'))).toEqual([[0, 6]]);
    expect(computeHighlights('啊啊啊', terms('啊啊'))).toEqual([[0, 3]]);
  });

  it('highlights phrases with their spaces and nothing for absent terms', () => {
    expect(computeHighlights('美丽　乡村，美丽 乡村', terms('"美丽 乡村" 不在'))).toEqual([
      [0, 5],
      [6, 11],
    ]);
    expect(computeHighlights('文字', [])).toEqual([]);
  });
});
