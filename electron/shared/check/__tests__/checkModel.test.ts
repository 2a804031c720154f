import { describe, expect, it } from 'vitest';
import type { DocNode, InlineNode } from '../../doc/docTypes';
import { buildCheckIndex } from '../CheckIndex';
import { checkAgainst } from '../checkAgainst';
import type { CheckPassage, CheckResult } from '../checkTypes';
import { docCheckText } from '../docCheckText';
import { corpusPassages } from './fixtures/corpusPassages';

const index = buildCheckIndex(corpusPassages(), 13);
const byId = new Map(corpusPassages().map((p) => [p.id, p]));
// Each passage its own work, titled as its note would be.
const lookup = (ids: string[]) =>
  new Map(ids.flatMap((id): Array<[string, CheckPassage]> => {
    const p = byId.get(id);
    return p ? [[id, { id, text: p.text, sourceId: p.sourceId, sourceTitle: `作品 ${id}`, workTitle: `作品 ${id}` }]] : [];
  }));
const para = (...content: InlineNode[]): DocNode['content'][number] => ({ type: 'paragraph', content });
const text = (t: string, mark?: { type: 'quoted' | 'adapted'; passageId: string }): InlineNode =>
  mark ? { type: 'text', text: t, marks: [{ type: mark.type, attrs: { passageId: mark.passageId } }] } : { type: 'text', text: t };
const cite = (passageId: string, kind: 'quote' | 'adaptation' = 'quote'): InlineNode => ({ type: 'citation', attrs: { passageId, kind } });

function distinct(n: number) {
  const all = corpusPassages();
  return all.filter((p) => p.text.length >= 80 && !all.some((q) => q !== p && q.text.includes(p.text.slice(10, 40)))).slice(0, n);
}

/** Every figure is a sum over the spans: what the report lists is what it counts. */
function expectFiguresAddUp(r: CheckResult) {
  const sum = (pick: (s: CheckResult['spans'][number]) => boolean) => r.spans.filter(pick).reduce((n, s) => n + s.chars, 0);
  expect(r.uncitedChars).toBe(sum((s) => s.status === 'uncited'));
  expect(r.citedChars).toBe(sum((s) => s.status === 'quoted' || s.status === 'adapted'));
  expect(r.standardChars).toBe(sum((s) => s.status === 'standard'));
  expect(r.borrowedChars).toBe(r.citedChars + r.uncitedChars);
  expect(r.uncitedRatio).toBeCloseTo(r.uncitedChars / r.chars, 12);
  expect(r.totalRatio).toBeCloseTo(r.borrowedChars / r.chars, 12);
  expect(r.paragraphs.reduce((n, p) => n + p.uncited, 0)).toBe(r.uncitedChars);
  expect(r.paragraphs.reduce((n, p) => n + p.cited, 0)).toBe(r.citedChars);
  expect(r.paragraphs.reduce((n, p) => n + p.standard, 0)).toBe(r.standardChars);
  for (const p of r.paragraphs) expect(p.borrowed).toBe(p.cited + p.uncited);
  expect(r.sources.reduce((n, s) => n + s.uncitedChars, 0)).toBe(r.uncitedChars);
  expect(r.sources.reduce((n, s) => n + s.citedChars, 0)).toBe(r.citedChars);
  for (const s of r.sources) expect(s.chars).toBe(s.citedChars + s.uncitedChars);
  for (const s of r.spans) expect(s.cited).toBe(s.status === 'quoted' || s.status === 'adapted');
  for (const s of r.spans) expect(s.standard).toBe(s.status === 'standard');
}

describe('the check report: one model behind every number and colour (#20 item 6)', () => {
  it('a cited adaptation is cited in the spans, the paragraphs and the sources; the figures add up', () => {
    const [a, b, c] = distinct(3);
    const doc: DocNode = {
      type: 'doc',
      content: [
        para(text('开头是我自己写的一句话，'), text(a!.text.slice(0, 40), { type: 'quoted', passageId: a!.id }), cite(a!.id)),
        para(text(b!.text.slice(0, 45), { type: 'adapted', passageId: b!.id }), cite(b!.id, 'adaptation'), text('，这是我的体会。')),
        para(text(`我们认为${c!.text.slice(0, 30)}，要结合实际。`)),
      ],
    };
    const r = checkAgainst(docCheckText(doc), [index], lookup, 13);
    expect(new Set(r.spans.map((s) => s.status))).toEqual(new Set(['quoted', 'adapted', 'uncited']));
    const adaptedPara = r.paragraphs[1]!;
    expect(adaptedPara.uncited).toBe(0);
    expect(adaptedPara.cited).toBeGreaterThan(0);
    const bSource = r.sources.find((s) => s.title === `作品 ${b!.id}`)!;
    expect(bSource.uncitedChars).toBe(0);
    expectFiguresAddUp(r);
  });

  it('names each source as its note names it: by the work title', () => {
    const [a] = distinct(1);
    const r = checkAgainst(docCheckText({ type: 'doc', content: [para(text(a!.text.slice(0, 40)))] }), [index], lookup, 13);
    expect(r.spans[0]!.sourceTitle).toBe(`作品 ${a!.id}`);
    expect(r.sources.map((s) => s.title)).toEqual([`作品 ${a!.id}`]);
  });
});

describe('规范表述 (#20 item 5)', () => {
  it('a 提法 of the list is standard, grey, and counts in neither ratio', () => {
    const phrase = '坚持以人民为中心的发展思想';
    const withList = checkAgainst(docCheckText({ type: 'doc', content: [para(text(`我们要${phrase}，把群众的事办好。`))] }), [buildCheckIndex([{ id: 'px', text: `各地${phrase}，扎实推进。` }], 13)], lookup, 13, [phrase]);
    expect(withList.spans.map((s) => [s.text, s.status, s.standard, s.cited])).toEqual([[phrase, 'standard', true, false]]);
    expect(withList.uncitedRatio).toBe(0);
    expect(withList.totalRatio).toBe(0);
    expectFiguresAddUp(withList);
    const without = checkAgainst(docCheckText({ type: 'doc', content: [para(text(`我们要${phrase}，把群众的事办好。`))] }), [buildCheckIndex([{ id: 'px', text: `各地${phrase}，扎实推进。` }], 13)], lookup, 13, []);
    expect(without.spans[0]!.status).toBe('uncited');
  });

  it('a run many independent works of the library share is standard; the rest of the copy stays borrowed', () => {
    const shared = '万千美丽乡村，造福了万千农民群众';
    const bare = (t: string) => t.replace(/[^\p{L}\p{N}]/gu, '');
    const holders = corpusPassages().filter((p) => bare(p.text).includes(bare(shared)));
    expect(holders.length).toBeGreaterThanOrEqual(3);
    const copy = holders.find((p) => p.text.includes(shared))!.text;
    const at = copy.indexOf(shared);
    const doc: DocNode = { type: 'doc', content: [para(text(`我的开头。${copy.slice(Math.max(0, at - 30), at + shared.length + 30)}我的结尾。`))] };
    const r = checkAgainst(docCheckText(doc), [index], lookup, 13);
    const standard = r.spans.filter((s) => s.standard);
    expect(standard.map((s) => s.text).join('')).toContain('万千美丽乡村，造福了万千农民群众');
    expect(r.uncitedChars).toBeGreaterThan(0);
    expectFiguresAddUp(r);
  });

  it('a long stretch shared by many works is a reprint, not a formulation', () => {
    const long = corpusPassages().find((p) => corpusPassages().filter((q) => q.text.includes(p.text.slice(0, 60))).length >= 1 && p.text.length > 100)!;
    const r = checkAgainst(docCheckText({ type: 'doc', content: [para(text(long.text.slice(0, 100)))] }), [index], lookup, 13);
    expect(r.spans.filter((s) => s.standard).every((s) => s.chars <= 40)).toBe(true);
    expect(r.uncitedChars).toBeGreaterThan(40);
  });
});
