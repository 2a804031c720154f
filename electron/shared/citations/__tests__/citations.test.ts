import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../doc/docTypes';
import { collectCitations } from '../collectCitations';
import { formatReference } from '../formatReference';
import { citationGroupLabel, numberCitations } from '../numberCitations';

const doc: DocNode = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: '一、学习' }] },
    {
      type: 'blockquote',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: '引文甲' },
            { type: 'citation', attrs: { passageId: 'p-b', kind: 'quote' } },
          ],
        },
      ],
    },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: '正文' },
        { type: 'citation', attrs: { passageId: 'p-a', kind: 'seeAlso' } },
        { type: 'citation', attrs: { passageId: 'p-b', kind: 'quote' } },
      ],
    },
  ],
};

describe('citations', () => {
  it('collects citations in reading order, including inside block quotes', () => {
    expect(collectCitations(doc).map((c) => c.passageId)).toEqual(['p-b', 'p-a', 'p-b']);
    expect(collectCitations(doc)[0]).toEqual({ passageId: 'p-b', kind: 'quote', citedOn: null });
  });

  it('numbers by first appearance and reuses the number of a passage cited again', () => {
    const { notes, numbers } = numberCitations(collectCitations(doc));
    expect(numbers).toEqual([1, 2, 1]);
    expect(notes.map((n) => n.passageId)).toEqual(['p-b', 'p-a']);
  });

  it('labels adjacent citations as GB/T 7714 does', () => {
    expect(citationGroupLabel([1])).toBe('1');
    expect(citationGroupLabel([1, 2])).toBe('1,2');
    expect(citationGroupLabel([3, 1, 2])).toBe('1-3');
    expect(citationGroupLabel([1, 3, 4, 5, 5])).toBe('1,3-5');
  });

  it('keeps the earliest 引用日期 of a passage cited twice', () => {
    const { notes } = numberCitations([
      { passageId: 'a', kind: 'quote', citedOn: '2026-11-22' },
      { passageId: 'a', kind: 'seeAlso', citedOn: '2026-10-01' },
    ]);
    expect(notes).toEqual([{ passageId: 'a', kind: 'quote', citedOn: '2026-10-01' }]);
  });

  it('formats a full GB/T 7714 electronic reference', () => {
    expect(
      formatReference({
        workTitle: '学习浙江“千万工程”经验感悟3篇',
        source: { id: 's', title: 't', site: '课桌文档', date: '2023-12-06', url: 'https://www.desk33.com/p-452121.html' },
        citedOn: '2026-11-22',
      }),
    ).toBe('佚名. 学习浙江“千万工程”经验感悟3篇[EB/OL]. 课桌文档, (2023-12-06)[2026-11-22]. https://www.desk33.com/p-452121.html.');
  });

  it('leaves out every unknown field instead of inventing it', () => {
    expect(formatReference({ workTitle: '心得体会', source: { id: 's', title: 't', site: null, date: null, url: null } })).toBe(
      '佚名. 心得体会[EB/OL].',
    );
    expect(formatReference({ workTitle: '心得体会', source: { id: 's', title: 't', site: '优知文库', date: null, url: null } })).toBe(
      '佚名. 心得体会[EB/OL]. 优知文库.',
    );
    expect(formatReference({ author: '王某', workTitle: '心得', citedOn: '2026-01-02' })).toBe('王某. 心得[EB/OL]. [2026-01-02].');
  });
});
