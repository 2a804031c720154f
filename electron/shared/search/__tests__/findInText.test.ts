import { describe, expect, it } from 'vitest';
import { compileFindRegex } from '../compileFindRegex';
import { expandReplacement, findInText as findWithTools, MAX_REGEX_WORK, type FindOptions } from '../findInText';
import { searchFoldTable } from '../searchFoldTable';

const findInText = (text: string, query: string, options: FindOptions) => findWithTools(text, query, options, { fold: searchFoldTable(), compileRegex: compileFindRegex });

const loose: FindOptions = { matchCase: false, matchWidth: false, regex: false };
const spans = (text: string, query: string, options: FindOptions = loose) => {
  const r = findInText(text, query, options);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.matches.map((m) => text.slice(m.start, m.end));
};

describe('findInText', () => {
  it('finds traditional, full-width and other-case forms of a plain query, at the right offsets', () => {
    const text = '学习千萬工程经验，推广千万工程。ＡＰＰ与app';
    expect(spans(text, '千万工程')).toEqual(['千萬工程', '千万工程']);
    expect(spans(text, 'App')).toEqual(['ＡＰＰ', 'app']);
    const r = findInText(text, '千万', loose);
    expect(r.ok && r.matches.map((m) => m.start)).toEqual([2, 11]);
  });

  it('honours match case and match width', () => {
    const text = 'APP、app、ＡＰＰ、ａｐｐ';
    expect(spans(text, 'APP', { ...loose, matchCase: true })).toEqual(['APP', 'ＡＰＰ']);
    expect(spans(text, 'APP', { ...loose, matchWidth: true })).toEqual(['APP', 'app']);
    expect(spans(text, 'APP', { ...loose, matchCase: true, matchWidth: true })).toEqual(['APP']);
    expect(spans('经验，经验,', '经验,', { ...loose, matchWidth: true })).toEqual(['经验,']);
  });

  it('finds words with invisible characters inside them, and a query holding one finds plain text', () => {
    const text = '学习千\u200b万工程，千万工程，乡村\u00ad振兴';
    expect(spans(text, '千万工程')).toEqual(['千\u200b万工程', '千万工程']);
    expect(spans(text, '千\u200d万')).toEqual(['千\u200b万', '千万']);
    expect(spans(text, '乡村振兴', { ...loose, matchCase: true, matchWidth: true })).toEqual(['乡村\u00ad振兴']);
    expect(spans(text, '\u200b')).toEqual([]);
  });

  it('does not overlap matches and finds nothing for an empty query', () => {
    expect(spans('啊啊啊啊', '啊啊')).toEqual(['啊啊', '啊啊']);
    expect(spans('文本', '')).toEqual([]);
  });

  it('runs regular expressions, reports a bad one, and refuses one that can match nothing', () => {
    expect(spans('一是规划，二是人才，三是治理', '[一二三]是(..)', { ...loose, regex: true })).toEqual(['一是规划', '二是人才', '三是治理']);
    expect(spans('Abc abc', 'abc', { ...loose, regex: true, matchCase: true })).toEqual(['abc']);
    expect(spans('Abc abc', 'abc', { ...loose, regex: true })).toEqual(['Abc', 'abc']);
    // x* or a trailing | matches nothing at every character: refused with a reason, not searched (it was quadratic).
    for (const empty of ['x*', 'x?', '乡村|', '.* 千万工程|']) expect(findInText('文本', empty, { ...loose, regex: true })).toEqual({ ok: false, error: { code: 'regexMatchesEmpty' } });
    const bad = findInText('文本', '(', { ...loose, regex: true });
    expect(bad.ok).toBe(false);
  });
});

describe('findInText with regular expressions that would freeze a backtracking engine', () => {
  const regex: FindOptions = { ...loose, regex: true };
  const error = (text: string, pattern: string) => {
    const r = findInText(text, pattern, regex);
    return r.ok ? null : r.error;
  };

  it('runs (a+)+b over a long run of a in linear time (9 s a keystroke over 30 a’s before)', () => {
    // A backtracking engine needs 2^5000 steps for the first one: it would never finish, and the test
    // would fail by its time-out. re2js's time on these runs is a bench row (--only=guards).
    expect(spans('a'.repeat(5000), '(a+)+b', regex)).toEqual([]);
    expect(spans(`${'a'.repeat(5000)}b`, '(a+)+b', regex)).toEqual([`${'a'.repeat(5000)}b`]);
    expect(spans('x'.repeat(3000), '(x+x+)+y', regex)).toEqual([]);
    expect(spans('千'.repeat(3000), '(.*)*万', regex)).toEqual([]);
  });

  it('names what the engine cannot do, as codes the find bar words in Chinese', () => {
    expect(error('阿阿', '(阿)\\1')).toEqual({ code: 'regexUnsupported', feature: 'backreference' });
    expect(error('阿阿', '(?<x>阿)\\k<x>')).toEqual({ code: 'regexUnsupported', feature: 'backreference' });
    expect(error('千万', '千(?=万)')).toEqual({ code: 'regexUnsupported', feature: 'lookahead' });
    expect(error('千万', '千(?!万)')).toEqual({ code: 'regexUnsupported', feature: 'lookahead' });
    expect(error('文本', '(')).toEqual({ code: 'regexSyntax', reason: 'missingParen' });
    expect(error('文本', '[a')).toMatchObject({ code: 'regexSyntax', reason: 'missingBracket' });
    expect(error('文本', 'a)')).toMatchObject({ code: 'regexSyntax', reason: 'unexpectedParen' });
    expect(error('文本', '*a')).toMatchObject({ code: 'regexSyntax', reason: 'nothingToRepeat' });
    expect(error('文本', 'a{5,2}')).toEqual({ code: 'regexSyntax', reason: 'badRepeat', detail: '{5,2}' });
    expect(error('文本', '\\q')).toEqual({ code: 'regexSyntax', reason: 'badEscape', detail: '\\q' });
    expect(error('文本', '[z-a]')).toMatchObject({ code: 'regexSyntax', reason: 'badRange' });
    expect(error('文本', 'a\\')).toMatchObject({ code: 'regexSyntax', reason: 'trailingBackslash' });
    expect(error('文本', '(?<=(a))b')).toMatchObject({ code: 'regexSyntax', reason: 'captureInLookbehind' });
  });

  it('refuses a pattern too large to run, or too costly for this much text, as too complex', () => {
    expect(error('文本', 'a{1001}')).toEqual({ code: 'regexTooComplex' });
    expect(error('文本', '((a{100}){100}){100}')).toEqual({ code: 'regexTooComplex' });
    const long = '学习千万工程经验。'.repeat(12_000);
    const costly = '(.{30}|.{31}|.{32}|.{33}|.{34}){20}';
    // That one took 6 s over 114,000 characters on RE2; it still runs on a short text.
    expect(error(long, costly)).toEqual({ code: 'regexTooComplex' });
    expect(error(long.slice(0, 200), costly)).toBeNull();
    const compiled = compileFindRegex(costly, false);
    expect(compiled.ok && compiled.regex.programSize * long.length).toBeGreaterThan(MAX_REGEX_WORK);
  });

  it('reads JavaScript spellings: \\uXXXX, \\s with the ideographic space, \\p{Script=Han}, lookbehind, [] and [^]', () => {
    expect(spans('abc千万d', '[\\u4e00-\\u9fa5]+', regex)).toEqual(['千万']);
    expect(spans('abc千万d', '\\u{5343}', regex)).toEqual(['千']);
    expect(spans('一是\u3000规划', '是\\s规', regex)).toEqual(['是\u3000规']);
    expect(spans('一是\u3000规划 二是人才', '是\\S', regex)).toEqual(['是人']);
    expect(spans('一是\u3000规划', '[\\s]', regex)).toEqual(['\u3000']);
    expect(spans('abc千万', '\\p{Script=Han}+', regex)).toEqual(['千万']);
    expect(spans('第一 第二 三', '(?<=第)[一二三]', regex)).toEqual(['一', '二']);
    expect(spans('第一 第二 三', '(?<!第)[一二三]', regex)).toEqual(['三']);
    expect(spans('文本', '[]', regex)).toEqual([]);
    expect(spans('文本', '[^]', regex)).toEqual(['文', '本']);
    expect(spans('a😀b', '.b', regex)).toEqual(['😀b']);
  });
});

describe('expandReplacement', () => {
  it('fills $1, $& and $$ for regular-expression matches and leaves plain replacements alone', () => {
    const text = '一是规划';
    const r = findInText(text, '(.)是(..)', { ...loose, regex: true });
    const m = r.ok ? r.matches[0]! : null;
    expect(expandReplacement('$2为第$1 [$&] $$ $9', text, m!)).toBe('规划为第一 [一是规划] $ $9');
    expect(expandReplacement('$1', text, { start: 0, end: 4 })).toBe('$1');
  });
});
