import type { DocNode } from '../docTypes';

/** The passage the rich document quotes and borrows from. */
export const RICH_PASSAGE = { id: 'p1', text: '二十年来，浙江久久为功，扎实推进“千村示范、万村整治”工程，造就了万千美丽乡村，造福了万千农民群众。' };

/**
 * A document with every kind of node a draft holds: headings, an empty paragraph, footnote citations
 * (quote, adaptation, see-also), a quotation (blockquote) with quoted words, adapted words, hard
 * breaks (one between two English words), bold text split into several text nodes, both kinds of
 * list, and the passage's words copied without a citation. (The editor has no tables.)
 */
export const RICH_DOC: DocNode = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: '学习“千万工程”经验的体会' }] },
    { type: 'paragraph' },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: '我们要' },
        { type: 'text', text: '久久为功', marks: [{ type: 'bold' }] },
        { type: 'citation', attrs: { passageId: 'p1', kind: 'seeAlso' } },
        { type: 'text', text: '，学习alpha' },
        { type: 'hardBreak' },
        { type: 'text', text: 'beta经验。' },
      ],
    },
    {
      type: 'blockquote',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: '扎实推进“千村示范、万村整治”工程', marks: [{ type: 'quoted', attrs: { passageId: 'p1' } }] },
            { type: 'citation', attrs: { passageId: 'p1', kind: 'quote' } },
            { type: 'text', text: '，造就了万千美丽乡村', marks: [{ type: 'quoted', attrs: { passageId: 'p1' } }] },
          ],
        },
      ],
    },
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: '一、主要做法' }] },
    {
      type: 'bulletList',
      content: [
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: '浙江二十年来造福了广大农民', marks: [{ type: 'adapted', attrs: { passageId: 'p1' } }] }, { type: 'citation', attrs: { passageId: 'p1', kind: 'adaptation' } }] }] },
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: '第二条' }, { type: 'hardBreak' }, { type: 'text', text: '续行' }] }] },
      ],
    },
    { type: 'orderedList', attrs: { start: 1, type: null }, content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: '有序一项' }] }] }] },
    { type: 'paragraph', content: [{ type: 'text', text: '我的话。二十年来，浙江久久为功，扎实推进“千村示范、万村整治”工程，造就了万千美丽乡村。结束。' }] },
  ],
};
