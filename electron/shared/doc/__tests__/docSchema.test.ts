import { describe, expect, it } from 'vitest';
import { DOC_BLOCKS_MAX, DOC_DEPTH_MAX } from '../../api/apiLimits';
import { docDepth } from '../docDepth';
import { docSchema } from '../docSchema';
import type { DocNode } from '../docTypes';
import { salvageDoc } from '../salvageDoc';

/** `n` quotations, each holding the next: what a hostile caller sent to createDocument. */
function nestedQuotes(n: number, inner: unknown = { type: 'paragraph', content: [{ type: 'text', text: '最里面的话' }] }): unknown {
  let node = inner;
  for (let i = 0; i < n; i++) node = { type: 'blockquote', content: [node] };
  return { type: 'doc', content: [node] };
}

const message = (value: unknown) => {
  const r = docSchema.safeParse(value);
  return r.success ? null : `${r.error.issues[0]!.path.join('.')} ${r.error.issues[0]!.message}`;
};

/** The first issue as data: where, what kind, and the ApiError a refinement names (validateInput reads it). */
const refusal = (value: unknown) => {
  const r = docSchema.safeParse(value);
  const issue = r.success ? null : r.error.issues[0]!;
  return issue && { path: issue.path.join('.'), code: issue.code, params: issue.code === 'custom' ? issue.params : undefined };
};

describe('docSchema: the document at the boundary', () => {
  it('accepts what the editor writes, marks on line breaks and citations, list attributes and all', () => {
    const editor: DocNode = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: '一、提高认识' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', marks: [{ type: 'bold' }], text: '加粗' },
            { type: 'hardBreak', marks: [{ type: 'bold' }] },
            { type: 'text', marks: [{ type: 'quoted', attrs: { passageId: 'p1' } }], text: '引文' },
            { type: 'citation', attrs: { passageId: 'p1', kind: 'quote', citedOn: null, note: null }, marks: [{ type: 'italic' }] },
          ],
        },
        { type: 'blockquote', content: [{ type: 'paragraph' }] },
        { type: 'orderedList', attrs: { start: 3, type: null }, content: [{ type: 'listItem', content: [{ type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] }] }] },
      ],
    };
    const parsed = docSchema.safeParse(JSON.parse(JSON.stringify(editor)));
    expect(parsed.success && parsed.data).toEqual(editor);
  });

  it('refuses 20,000 nested quotations with the reason, at once and without overflowing the stack', () => {
    expect(refusal(nestedQuotes(20_000))).toEqual({ path: '', code: 'custom', params: { apiError: 'document_too_deep', detail: DOC_DEPTH_MAX } });
    // At once: the depth walk stops one level past the limit instead of descending all 20,000 (the time is a bench row).
    expect(docDepth(nestedQuotes(20_000), DOC_DEPTH_MAX)).toBe(DOC_DEPTH_MAX + 1);
    // Just inside the limit is a document.
    expect(message(nestedQuotes(DOC_DEPTH_MAX - 3))).toBeNull();
  });

  it('refuses node and mark types it does not know, naming them and where they are', () => {
    expect(message({ type: 'doc', content: [{ type: 'paragraph' }, { type: 'table', content: [] }] })).toBe("content.1.type Invalid discriminator value. Expected 'paragraph' | 'heading' | 'blockquote' | 'bulletList' | 'orderedList'");
    expect(message({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'image', attrs: { src: 'x' } }] }] })).toMatch(/^content\.0\.content\.0\.type Invalid discriminator value\. Expected 'text' \|/);
    expect(message({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '字', marks: [{ type: 'link', attrs: { href: 'x' } }] }] }] })).toMatch(/^content\.0\.content\.0\.marks\.0\.type Invalid discriminator value\. Expected 'bold' \|/);
    expect(message({ type: 'doc', content: [{ type: 'heading', attrs: { level: 3 }, content: [] }] })).toMatch(/^content\.0\.attrs\.level/);
    // ProseMirror refuses empty text nodes: a document holding one would open blank.
    expect(message({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '' }] }] })).toMatch(/^content\.0\.content\.0\.text/);
    expect(message({ type: 'paragraph' })).toMatch(/^type/);
    expect(message('doc')).not.toBeNull();
  });

  it('keeps the one size limit of a document', () => {
    const many = { type: 'doc', content: Array.from({ length: DOC_BLOCKS_MAX + 1 }, () => ({ type: 'paragraph' })) };
    expect(refusal(many)).toEqual({ path: '', code: 'custom', params: { apiError: 'document_too_large', detail: 'blocks' } });
  });
});

describe('salvageDoc: a stored document the editor could not open', () => {
  it('keeps every word of unknown nodes and repairs known ones', () => {
    const stored = {
      type: 'doc',
      content: [
        { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [{ type: 'paragraph', content: [{ type: 'text', text: '表格里的字' }] }] }] }] },
        { type: 'paragraph', content: [{ type: 'text', text: '前' }, { type: 'mention', attrs: { id: 'x' }, content: [{ type: 'text', text: '提到' }] }, { type: 'text', text: '', marks: [{ type: 'bold' }] }, { type: 'text', text: '后', marks: [{ type: 'link' }] }] },
        { type: 'heading', attrs: { level: 4 }, content: [{ type: 'text', text: '小标题' }] },
        { type: 'blockquote', content: [] },
        { type: 'codeBlock', text: '代码' },
      ],
    };
    expect(salvageDoc(stored)).toEqual({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: '表格里的字' }] },
        { type: 'paragraph', content: [{ type: 'text', text: '前提到后' }] },
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: '小标题' }] },
        { type: 'blockquote', content: [{ type: 'paragraph' }] },
        { type: 'paragraph', content: [{ type: 'text', text: '代码' }] },
      ],
    });
  });

  it('flattens what is nested too deep into paragraphs, words kept, without overflowing the stack', () => {
    const salvaged = salvageDoc(nestedQuotes(20_000));
    expect(docSchema.safeParse(salvaged).success).toBe(true);
    expect(JSON.stringify(salvaged)).toContain('最里面的话');
  });
});
