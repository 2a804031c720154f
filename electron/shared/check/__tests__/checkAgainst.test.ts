import { describe, expect, it } from 'vitest';
import type { DocNode, InlineNode } from '../../doc/docTypes';
import { docPlainText } from '../../doc/docPlainText';
import { buildCheckIndex, type CheckIndex } from '../CheckIndex';
import { checkAgainst } from '../checkAgainst';
import type { CheckPassage } from '../checkTypes';
import { docCheckText, textCheckInput } from '../docCheckText';
import { corpusPassages } from './fixtures/corpusPassages';
import { UNRELATED_NEWS } from './fixtures/unrelatedNews';

let index: CheckIndex | null = null;
const library = () => (index ??= buildCheckIndex(corpusPassages(), 13));
const lookup = (ids: string[]) => {
  const byId = new Map(corpusPassages().map((p) => [p.id, p]));
  return new Map(ids.flatMap((id): Array<[string, CheckPassage]> => {
    const p = byId.get(id);
    return p ? [[id, { id, text: p.text, sourceId: p.sourceId, sourceTitle: p.sourceTitle, workTitle: '' }]] : [];
  }));
};
const check = (doc: DocNode) => checkAgainst(docCheckText(doc), [library()], lookup, 13);
const para = (...content: InlineNode[]): DocNode['content'][number] => ({ type: 'paragraph', content });
const text = (t: string, mark?: { type: 'quoted' | 'adapted'; passageId: string }): InlineNode =>
  mark ? { type: 'text', text: t, marks: [{ type: mark.type, attrs: { passageId: mark.passageId } }] } : { type: 'text', text: t };
const cite = (passageId: string, kind: 'quote' | 'adaptation' = 'quote'): InlineNode => ({ type: 'citation', attrs: { passageId, kind } });

/** A span starts and ends on a kept character: punctuation at the edges is not part of it. */
const core = (s: string) => s.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/** Passages whose text occurs in no other passage, so "the right passage" is unambiguous. */
function distinctPassages(n: number) {
  const all = corpusPassages();
  return all.filter((p) => p.text.length >= 60 && !all.some((q) => q !== p && q.text.includes(p.text.slice(10, 40)))).slice(0, n);
}

describe('checkAgainst (the real library)', () => {
  it('finds every span planted verbatim from library passages, with the right passage', () => {
    const planted = distinctPassages(8);
    expect(planted.length).toBe(8);
    const own = UNRELATED_NEWS.split('\n\n');
    const pieces = planted.map((p, i) => ({ p, words: p.text.slice(5, 5 + 25 + i * 7) }));
    const doc: DocNode = { type: 'doc', content: pieces.map((x, i) => para(text(`${own[i % own.length]!.slice(0, 30)}${x.words}${own[(i + 1) % own.length]!.slice(0, 20)}`))) };
    const result = check(doc);
    const plain = docPlainText(doc);
    for (const { p, words } of pieces) {
      const at = plain.indexOf(words);
      const span = result.spans.find((s) => s.start <= at + 2 && s.end >= at + words.length - 2);
      expect(span, words).toBeDefined();
      expect(span!.passageId).toBe(p.id);
      expect(span!.sourceTitle).toBe(p.sourceTitle);
      expect(span!.cited).toBe(false);
      expect(plain.slice(span!.start, span!.end)).toBe(span!.text);
      expect(p.text.slice(span!.passageFrom, span!.passageTo)).toBe(span!.text);
    }
    expect(result.totalRatio).toBeGreaterThan(0.3);
    expect(result.sources.length).toBeGreaterThan(0);
    expect(result.sources.reduce((n, s) => n + s.ratio, 0)).toBeCloseTo(result.totalRatio, 10);
  });

  it('finds nothing in unrelated news prose', () => {
    const result = checkAgainst(textCheckInput(UNRELATED_NEWS), [library()], lookup, 13);
    expect(result.spans).toEqual([]);
    expect(result.totalRatio).toBe(0);
    expect(result.ownRatio).toBe(1);
    expect(result.chars).toBeGreaterThan(400);
  });

  it('counts a quotation with a citation as cited, the same words without it as uncited', () => {
    const p = distinctPassages(1)[0]!;
    const words = p.text.slice(0, 40);
    const quoted = check({ type: 'doc', content: [para(text('我想起一句话：“'), text(words, { type: 'quoted', passageId: p.id }), text('”'), cite(p.id), text('深受启发。'))] });
    expect(quoted.spans.length).toBe(1);
    expect(quoted.spans[0]).toMatchObject({ passageId: p.id, cited: true, status: 'quoted' });
    expect(quoted.uncitedRatio).toBe(0);
    expect(quoted.totalRatio).toBeGreaterThan(0.5);

    const bare = check({ type: 'doc', content: [para(text(`我想起一句话：“${words}”深受启发。`))] });
    expect(bare.spans[0]).toMatchObject({ passageId: p.id, cited: false, status: 'uncited' });
    expect(bare.uncitedRatio).toBeCloseTo(bare.totalRatio, 10);

    // Marked as a quote, but its citation was deleted: not cited.
    const lost = check({ type: 'doc', content: [para(text(words, { type: 'quoted', passageId: p.id }))] });
    expect(lost.spans[0]!.cited).toBe(false);

    const adapted = check({ type: 'doc', content: [para(text(words, { type: 'adapted', passageId: p.id }), cite(p.id, 'adaptation'))] });
    expect(adapted.spans[0]).toMatchObject({ cited: true, status: 'adapted' });
    // One model (#20 item 6): a cited adaptation is cited — blue in the text, and out of 去除引用复制比.
    expect(adapted.uncitedRatio).toBe(0);
    expect(adapted.citedChars).toBe(adapted.borrowedChars);
  });

  it('finds a lightly edited copy in pieces', () => {
    const p = distinctPassages(3).find((x) => x.text.length >= 90)!;
    const base = p.text.slice(0, 90);
    // Change one character every 30: three pieces of about 29 characters remain verbatim.
    const edited = [...base].map((ch, i) => (i % 30 === 29 ? '某' : ch)).join('');
    const result = checkAgainst(textCheckInput(edited), [library()], lookup, 13);
    const mine = result.spans.filter((s) => s.passageId === p.id);
    expect(mine.length).toBeGreaterThanOrEqual(2);
    for (const s of mine) expect(p.text.includes(s.text)).toBe(true);
    // "造就了万千美丽乡村，造福了万千农民群众" is in several works of the library: a 规范表述 there.
    expect((result.borrowedChars + result.standardChars) / result.chars).toBeGreaterThan(0.7);
    expect(result.totalRatio).toBeLessThan(1);
  });

  it('maps positions back exactly across headings, hard breaks and footnote citations', () => {
    const [a, b] = distinctPassages(2);
    const wa = a!.text.slice(3, 33);
    const wb = b!.text.slice(0, 28);
    const doc: DocNode = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 1 }, content: [text('学习体会')] },
        para(text('开头一句话。'), cite(a!.id), text('再写几句。'), { type: 'hardBreak' }, text(wa, { type: 'quoted', passageId: a!.id }), cite(a!.id), text('。')),
        { type: 'heading', attrs: { level: 2 }, content: [text('二、做法')] },
        { type: 'blockquote', content: [para(text(`他说${wb}`), cite(b!.id, 'adaptation'))] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [para(text('列表项'))] }] },
      ],
    };
    const input = docCheckText(doc);
    expect(input.text).toBe(docPlainText(doc));
    const result = check(doc);
    const plain = docPlainText(doc);
    const sa = result.spans.find((s) => s.passageId === a!.id)!;
    expect(sa.start).toBe(plain.indexOf(core(wa)));
    expect(sa.end).toBe(plain.indexOf(core(wa)) + core(wa).length);
    expect(sa.status).toBe('quoted');
    const sb = result.spans.find((s) => s.passageId === b!.id)!;
    expect(plain.slice(sb.start, sb.end)).toBe(core(wb));
    // Cited as an adaptation, but the words are not marked as one: uncited.
    expect(sb.cited).toBe(false);
    expect(result.paragraphs.map((p) => p.kind)).toEqual(['heading', 'paragraph', 'paragraph', 'heading', 'quote', 'list']);
    const line = result.paragraphs.find((p) => p.start <= sa.start && sa.end <= p.end)!;
    expect(line.borrowed).toBe(sa.chars);
    expect(line.uncited).toBe(0);
  });

  it('splits a span where a cited quotation ends inside a longer copied stretch', () => {
    const p = distinctPassages(1)[0]!;
    const first = p.text.slice(0, 20);
    const rest = p.text.slice(20, 50);
    const result = check({ type: 'doc', content: [para(text(first, { type: 'quoted', passageId: p.id }), cite(p.id), text(rest))] });
    expect(result.spans.map((s) => [s.status, s.text])).toEqual([
      ['quoted', core(first)],
      ['uncited', core(rest)],
    ]);
    expect(result.longestRun!.chars).toBeGreaterThanOrEqual(result.spans[0]!.chars + result.spans[1]!.chars);
  });
});
