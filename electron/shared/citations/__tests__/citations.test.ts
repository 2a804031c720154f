import { describe, expect, it } from 'vitest';
import type { PassageInfo, SourceInfo } from '../../api/apiTypes';
import type { DocNode } from '../../doc/docTypes';
import { bestSource } from '../bestSource';
import { circledNumber } from '../circledNumber';
import { collectCitations } from '../collectCitations';
import { citationGroupLabel, numberCitations } from '../numberCitations';
import { planNotes, SAME_AS_ABOVE } from '../planNotes';
import type { CitationOccurrence } from '../resolveCitation';

const doc: DocNode = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: '一、学习' }] },
    {
      type: 'blockquote',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: '引文甲' }, { type: 'citation', attrs: { passageId: 'p-b', kind: 'quote' } }] }],
    },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: '正文' },
        { type: 'citation', attrs: { passageId: 'p-a', kind: 'seeAlso' } },
        { type: 'citation', attrs: { passageId: 'p-b', kind: 'quote', statement: '绿水青山就是金山银山' } },
      ],
    },
  ],
};

const src = (id: string, fields: Partial<SourceInfo> = {}): SourceInfo => ({ id, title: id, site: null, date: null, url: null, kind: '参考范文', ...fields });
const passage = (id: string, workTitle: string, sources: SourceInfo[], extra: Partial<PassageInfo> = {}): PassageInfo => ({ id, text: `${id}的文字`, workTitle, heading: null, sources, ...extra });

describe('collecting and numbering', () => {
  it('collects citations in reading order, inside block quotes too, with their statement', () => {
    expect(collectCitations(doc).map((c) => c.passageId)).toEqual(['p-b', 'p-a', 'p-b']);
    expect(collectCitations(doc)[0]).toEqual({ passageId: 'p-b', kind: 'quote', citedOn: null });
    expect(collectCitations(doc)[2]).toMatchObject({ statement: '绿水青山就是金山银山' });
  });

  it('numbers [1] notes by work (顺序编码制), circled notes one per citation, 文中注 not at all', () => {
    const keys = ['a', 'b', 'a', 'c'];
    expect(numberCitations(keys, 'numbered')).toEqual({ numbers: [1, 2, 1, 3], firsts: [0, 1, 3] });
    expect(numberCitations(keys, 'endnotes').numbers).toEqual([1, 2, 1, 3]);
    expect(numberCitations(keys, 'circled')).toEqual({ numbers: [1, 2, 3, 4], firsts: [0, 1, 2, 3] });
    expect(numberCitations(keys, 'inline')).toEqual({ numbers: [0, 0, 0, 0], firsts: [] });
  });

  it('labels adjacent citations as GB/T 7714 does', () => {
    expect(citationGroupLabel([1])).toBe('1');
    expect(citationGroupLabel([1, 2])).toBe('1,2');
    expect(citationGroupLabel([3, 1, 2])).toBe('1-3');
    expect(citationGroupLabel([1, 3, 4, 5, 5])).toBe('1,3-5');
  });

  it('writes circled numbers up to ㊿', () => {
    expect([1, 20, 21, 35, 36, 50, 51].map(circledNumber)).toEqual(['①', '⑳', '㉑', '㉟', '㊱', '㊿', '(51)']);
  });
});

describe('bestSource', () => {
  it('prefers the most authoritative kind, then the most complete metadata', () => {
    const bare = src('s0');
    const withSite = src('s1', { site: '优知文库', date: '2023-12-06' });
    const news = src('s2', { kind: '新闻报道' });
    const official = src('s3', { kind: '权威文献' });
    expect(bestSource([bare, withSite])).toBe(withSite);
    expect(bestSource([withSite, bare])).toBe(withSite);
    expect(bestSource([withSite, news])).toBe(news);
    expect(bestSource([news, withSite, official])).toBe(official);
    expect(bestSource([])).toBeNull();
  });
});

describe('planNotes', () => {
  const site = src('s-site', { site: '优知文库', date: '2023-12-06', url: 'https://www.yzwku.com/p-565344.html' });
  const passages = new Map<string, PassageInfo>([
    // A merged passage: its copy without a site comes first in the library's order.
    ['p-a', passage('p-a', '学习感悟1', [src('s-bare'), site])],
    ['p-a2', passage('p-a2', '学习感悟1', [src('s-bare'), site])],
    ['p-c', passage('p-c', '另一篇', [src('s-c', { site: '课桌文档' })])],
  ]);
  const occ = (passageId: string, citedOn: string | null = null): CitationOccurrence => ({ passageId, kind: 'quote', citedOn });
  const cites = [occ('p-a', '2026-12-05'), occ('p-a2', '2026-12-01'), occ('p-c'), occ('p-a')];
  const plan = (style: 'circled' | 'numbered' | 'endnotes' | 'inline', edition: '2025' | '2015' = '2025') => planNotes(cites, (id) => passages.get(id) ?? null, { style, edition });

  it('cites a merged passage from its twin that has a site, not from the bare copy', () => {
    expect(plan('numbered').notes[0]!.text).toBe('学习感悟1[EB/OL]. 优知文库，2023（2023-12-06）[2026-12-01]. https://www.yzwku.com/p-565344.html.');
  });

  it('numbered: two passages of one work share its number and its earliest 引用日期', () => {
    const p = plan('numbered');
    expect(p.numbers).toEqual([1, 1, 2, 1]);
    expect(p.notes.map((n) => n.number)).toEqual([1, 2]);
    expect(p.references).toHaveLength(2);
    expect(plan('endnotes').numbers).toEqual([1, 1, 2, 1]);
  });

  it('circled: every citation has its own note, and one citing the work of the note before says 同上', () => {
    const p = plan('circled');
    expect(p.numbers).toEqual([1, 2, 3, 4]);
    expect(p.notes.map((n) => n.repeat)).toEqual([false, true, false, false]);
    expect(p.notes[1]!.text).toBe(SAME_AS_ABOVE);
    expect(p.notes[3]!.text).toBe(p.notes[0]!.text);
  });

  it('inline (文中注): the attribution per citation, no notes, a list sorted by author with 佚名', () => {
    const p = plan('inline');
    expect(p.notes).toEqual([]);
    expect(p.inline[0]).toBe('《学习感悟1》，优知文库，2023年12月6日');
    expect(p.inline[2]).toBe('《另一篇》，课桌文档');
    expect(p.references).toEqual(['佚名. 另一篇[EB/OL]. 课桌文档.', '佚名. 学习感悟1[EB/OL]. 优知文库，2023（2023-12-06）[2026-12-01]. https://www.yzwku.com/p-565344.html.']);
  });

  it('follows the chosen edition', () => {
    expect(plan('numbered', '2015').notes[0]!.text).toBe('学习感悟1[EB/OL]. 优知文库, 2023(2023-12-06)[2026-12-01]. https://www.yzwku.com/p-565344.html.');
  });

  it('keeps a note unresolved while its passage is fetched, and says when it is missing', () => {
    const p = planNotes([occ('p-x'), occ('p-y')], (id) => (id === 'p-x' ? undefined : null), { style: 'numbered', edition: '2025' });
    expect(p.notes[0]).toMatchObject({ text: null, missing: false });
    expect(p.notes[1]).toMatchObject({ missing: true });
    expect(p.references).toEqual([]);
  });

  it('参见: a see-also citation’s circled note and 文中注 say so, and neither it nor the note after it is shortened to 同上; a [1] note is the work’s plain entry', () => {
    const see = (passageId: string): CitationOccurrence => ({ passageId, kind: 'seeAlso', citedOn: '2026-12-05' });
    const seeCites = [occ('p-c', '2026-12-05'), see('p-c'), occ('p-c', '2026-12-05')];
    const of = (style: 'circled' | 'numbered' | 'inline') => planNotes(seeCites, (id) => passages.get(id) ?? null, { style, edition: '2025' });
    const circled = of('circled');
    expect(circled.notes.map((n) => n.text)).toEqual(['另一篇[EB/OL]. 课桌文档[2026-12-05].', '参见另一篇[EB/OL]. 课桌文档[2026-12-05].', '另一篇[EB/OL]. 课桌文档[2026-12-05].']);
    expect(circled.notes.map((n) => n.repeat)).toEqual([false, false, false]);
    expect(of('numbered').notes.map((n) => n.text)).toEqual(['另一篇[EB/OL]. 课桌文档[2026-12-05].']);
    expect(of('inline').inline).toEqual(['《另一篇》，课桌文档', '参见《另一篇》，课桌文档', '《另一篇》，课桌文档']);
  });

  it('keeps an external note’s own text', () => {
    const p = planNotes([{ passageId: 'note-1', kind: 'quote', note: '见单位文件。' }], () => null, { style: 'circled', edition: '2025' });
    expect(p.notes[0]!.text).toBe('见单位文件。');
  });
});

describe('转引: a statement quoted inside a passage', () => {
  const essay = src('s-essay', { site: '优知文库', date: '2023-12-06' });
  const speech = src('s-speech', { kind: '权威文献', newspaper: '人民日报', date: '2005-08-24', newspaperPage: '1', author: '习近平' });
  const statement = '绿水青山就是金山银山';
  const quote = { type: 'statement' as const, text: statement, start: 10, end: 20, speaker: '习近平', role: '总书记', cue: '指出', title: null };
  const occ: CitationOccurrence = { passageId: 'p-essay', kind: 'quote', statement };

  it('without the original in the library: a secondary citation of the essay it was read in', () => {
    const p = passage('p-essay', '学习感悟', [essay], { quotes: [{ ...quote, original: null }] });
    const plan = planNotes([occ], () => p, { style: 'numbered', edition: '2025' });
    expect(plan.notes[0]!.text).toBe('转引自：学习感悟[EB/OL]. 优知文库，2023（2023-12-06）.');
    expect(plan.inline[0]).toBe('转引自《学习感悟》，优知文库，2023年12月6日');
  });

  it('with the original in the library: the original is cited, as if it had been cited directly', () => {
    const p = passage('p-essay', '学习感悟', [essay], { quotes: [{ ...quote, original: { passageId: 'p-speech', workTitle: '绿水青山也是金山银山', source: speech } }] });
    const original = passage('p-speech', '绿水青山也是金山银山', [speech]);
    const plan = planNotes([occ, { passageId: 'p-speech', kind: 'quote' }], (id) => (id === 'p-speech' ? original : p), { style: 'numbered', edition: '2025' });
    expect(plan.notes[0]!.text).toBe('习近平. 绿水青山也是金山银山[N]. 人民日报，2005-08-24（1）.');
    // …and it is the same work as a direct citation of the original passage: one number.
    expect(plan.numbers).toEqual([1, 1]);
  });

  it('waits for the original to be looked up (a search result carries quotes without it)', () => {
    const p = passage('p-essay', '学习感悟', [essay], { quotes: [quote] });
    expect(planNotes([occ], () => p, { style: 'numbered', edition: '2025' }).notes[0]!.text).toBeNull();
  });

  it('names the document a title citation points at', () => {
    const p = passage('p-essay', '学习感悟', [essay], { quotes: [{ type: 'title', text: '之江新语', start: 1, end: 5, speaker: null, role: null, cue: '', title: null, original: null }] });
    const plan = planNotes([{ passageId: 'p-essay', kind: 'seeAlso', statement: '《之江新语》' }], () => p, { style: 'circled', edition: '2015' });
    expect(plan.notes[0]!.text).toBe('之江新语[Z]. 转引自: 学习感悟[EB/OL]. 优知文库, 2023(2023-12-06).');
  });
});
