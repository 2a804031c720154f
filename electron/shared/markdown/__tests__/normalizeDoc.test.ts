import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../doc/docTypes';
import { docToMarkdown } from '../docToMarkdown';
import { normalizeDoc } from '../normalizeDoc';

describe('normalizeDoc', () => {
  it('orders marks, keeps one per type, merges equal neighbours and drops empty texts', () => {
    const doc: DocNode = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: '甲', marks: [{ type: 'underline' }, { type: 'bold' }] },
            { type: 'text', text: '', marks: [{ type: 'italic' }] },
            { type: 'text', text: '乙', marks: [{ type: 'bold' }, { type: 'underline' }, { type: 'bold' }] },
            { type: 'text', text: '丙', marks: [] },
            { type: 'text', text: '丁' },
            { type: 'text', text: '戊', marks: [{ type: 'quoted', attrs: { passageId: 'a' } }, { type: 'quoted', attrs: { passageId: 'b' } }] },
          ],
        },
      ],
    };
    expect(normalizeDoc(doc).content[0]).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: '甲乙', marks: [{ type: 'bold' }, { type: 'underline' }] },
        { type: 'text', text: '丙丁' },
        { type: 'text', text: '戊', marks: [{ type: 'quoted', attrs: { passageId: 'a' } }] },
      ],
    });
  });

  it('gives containers at least one block, drops empty lists and keeps start only when it is not 1', () => {
    const doc: DocNode = {
      type: 'doc',
      content: [
        { type: 'blockquote', content: [] },
        { type: 'bulletList', content: [] },
        { type: 'orderedList', attrs: { start: 1 }, content: [{ type: 'listItem', content: [] }] },
        { type: 'orderedList', attrs: { start: 7 }, content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [] }] }] },
      ],
    };
    expect(normalizeDoc(doc).content).toEqual([
      { type: 'blockquote', content: [{ type: 'paragraph' }] },
      { type: 'orderedList', content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] },
      { type: 'orderedList', attrs: { start: 7 }, content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] },
    ]);
    expect(normalizeDoc({ type: 'doc', content: [] })).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
  });

  it('keeps a citation date only when it is a calendar day', () => {
    const doc: DocNode = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'citation', attrs: { passageId: 'a', kind: 'quote', citedOn: null } },
            { type: 'citation', attrs: { passageId: 'b', kind: 'seeAlso', citedOn: '2026-11-22' } },
            { type: 'citation', attrs: { passageId: 'c', kind: 'adaptation', citedOn: '昨天' } },
          ],
        },
      ],
    };
    expect(normalizeDoc(doc).content[0]).toEqual({
      type: 'paragraph',
      content: [
        { type: 'citation', attrs: { passageId: 'a', kind: 'quote' } },
        { type: 'citation', attrs: { passageId: 'b', kind: 'seeAlso', citedOn: '2026-11-22' } },
        { type: 'citation', attrs: { passageId: 'c', kind: 'adaptation' } },
      ],
    });
  });

  it('makes equal documents write equal Markdown', () => {
    const a: DocNode = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '甲', marks: [{ type: 'italic' }, { type: 'bold' }] }, { type: 'text', text: '乙', marks: [{ type: 'bold' }, { type: 'italic' }] }] }] };
    const b: DocNode = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '甲乙', marks: [{ type: 'bold' }, { type: 'italic' }] }] }] };
    expect(docToMarkdown(a)).toBe('***甲乙***\n');
    expect(docToMarkdown(b)).toBe(docToMarkdown(a));
  });
});
