import { describe, expect, it } from 'vitest';
import { externalNoteId } from '../../citations/externalNote';
import type { DocNode } from '../../doc/docTypes';
import { docToMarkdown } from '../docToMarkdown';
import { markdownToDoc } from '../markdownToDoc';
import { normalizeDoc } from '../normalizeDoc';

const note = '习近平：《之江新语》[M]. 杭州：浙江人民出版社，2007: 186.';
const doc: DocNode = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: '正文^符号' },
        { type: 'citation', attrs: { passageId: 'p1', kind: 'quote' } },
        { type: 'citation', attrs: { passageId: 'whatever', kind: 'seeAlso', citedOn: '2026-01-01', note } },
      ],
    },
  ],
};

describe('external notes and the reference list in Markdown', () => {
  it('writes an external note as a Pandoc inline note and reads it back', () => {
    const md = docToMarkdown(doc, { title: '题' });
    expect(md).toContain('正文\\^符号[@p1]^[习近平：《之江新语》\\[M\\]. 杭州：浙江人民出版社，2007: 186.]');
    const back = markdownToDoc(md);
    expect(back.doc).toEqual(normalizeDoc(doc));
    expect(back.doc.content[0]).toMatchObject({ content: [{}, {}, { type: 'citation', attrs: { passageId: externalNoteId(note), kind: 'quote', note } }] });
  });

  it('appends the numbered references in a #refs div, which reading skips', () => {
    const md = docToMarkdown(doc, { title: '题', references: { heading: '参考文献', entries: ['佚名. 感悟[EB/OL].', note] } });
    expect(md.endsWith('::: {#refs .references}\n\n**参考文献**\n\n[1] 佚名. 感悟\\[EB/OL\\].\n\n[2] 习近平：《之江新语》\\[M\\]. 杭州：浙江人民出版社，2007: 186.\n\n:::\n')).toBe(true);
    expect(markdownToDoc(md)).toEqual({ title: '题', doc: normalizeDoc(doc) });
    expect(docToMarkdown(markdownToDoc(md).doc, { title: '题', references: { heading: '参考文献', entries: ['佚名. 感悟[EB/OL].', note] } })).toBe(md);
  });

  it('reads a person\'s inline note and leaves other fenced divs as text', () => {
    const { doc: read } = markdownToDoc('见^[ 会议  纪要 ]。\n\n::: {.note}\n保留\n:::\n');
    expect(read.content[0]).toEqual({ type: 'paragraph', content: [{ type: 'text', text: '见' }, { type: 'citation', attrs: { passageId: externalNoteId('会议 纪要'), kind: 'quote', note: '会议 纪要' } }, { type: 'text', text: '。' }] });
    expect(JSON.stringify(read.content.slice(1))).toContain('保留');
  });
});
