import { describe, expect, it } from 'vitest';
import { countDocument } from '../countDocument';
import { goalPercent } from '../goalPercent';

describe('countDocument', () => {
  it('counts like WPS: 字数, characters with and without spaces (line breaks are neither), paragraphs with text', () => {
    const c = countDocument('学习千万工程 APP 经验。\n\n　　\n第二段');
    expect(c).toMatchObject({ words: 13, cjkChars: 11, fullWidthPunctuation: 1, nonCjkWords: 1, punctuation: 1, paragraphs: 2 });
    // 14 + 2 (the full-width spaces) + 3; the three line breaks are not counted.
    expect(c.charsWithSpaces).toBe(19);
    expect(c.charsWithoutSpaces).toBe(15);
  });

  it('an empty document has nothing', () => {
    expect(countDocument('')).toMatchObject({ words: 0, charsWithSpaces: 0, charsWithoutSpaces: 0, paragraphs: 0 });
  });
});

describe('goalPercent', () => {
  it('gives the share of the goal reached, capped at 100, or null without a goal', () => {
    expect(goalPercent(750, 1500)).toBe(50);
    expect(goalPercent(1499, 1500)).toBe(99);
    expect(goalPercent(4000, 3000)).toBe(100);
    expect(goalPercent(10, null)).toBeNull();
    expect(goalPercent(10, 0)).toBeNull();
  });
});
