import { describe, expect, it } from 'vitest';
import { resolveNotes } from '../../../shared/citations/resolveNotes';
import { docToText } from '../docToText';
import { textToDoc } from '../textToDoc';

describe('textToDoc and docToText', () => {
  it('takes a short first line as the title and each further line as a paragraph', () => {
    const { title, doc } = textToDoc('\uFEFF心得体会\r\n\r\n第一段。\r\n第二段。\n');
    expect(title).toBe('心得体会');
    expect(doc.content).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: '第一段。' }] },
      { type: 'paragraph', content: [{ type: 'text', text: '第二段。' }] },
    ]);
  });

  it('writes the citations as the note style shows them and the notes at the end with the same marks', () => {
    const doc = {
      type: 'doc' as const,
      content: [
        { type: 'heading' as const, attrs: { level: 1 as const }, content: [{ type: 'text' as const, text: '一、认识' }] },
        {
          type: 'blockquote' as const,
          content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text: '引文' }, { type: 'citation' as const, attrs: { passageId: 'p1', kind: 'quote' as const } }] }],
        },
      ],
    };
    const passages = new Map([['p1', { id: 'p1', text: '引文', workTitle: '感悟', heading: null, sources: [{ id: 's', title: '感悟', site: '优知文库', date: '2023-12-06', url: null }] }]]);
    const text = (style: 'circled' | 'numbered' | 'inline', edition: '2025' | '2015') => docToText('标题', doc, resolveNotes(doc, passages, { style, edition }));
    expect(text('numbered', '2015')).toBe('标题\n\n一、认识\n    引文[1]\n\n注释\n\n[1] 感悟[EB/OL]. 优知文库, 2023(2023-12-06).\n');
    expect(text('circled', '2025')).toBe('标题\n\n一、认识\n    引文①\n\n注释\n\n① 感悟[EB/OL]. 优知文库，2023（2023-12-06）.\n');
    expect(text('inline', '2025')).toBe('标题\n\n一、认识\n    引文（《感悟》，优知文库，2023年12月6日）\n');
  });
});
