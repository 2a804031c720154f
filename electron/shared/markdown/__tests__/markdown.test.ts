import { describe, expect, it } from 'vitest';
import type { BlockNode, DocNode, InlineNode, Mark, MarkType } from '../../doc/docTypes';
import { docToMarkdown } from '../docToMarkdown';
import { markdownToDoc } from '../markdownToDoc';

const text = (t: string, ...marks: Array<MarkType | Mark>): InlineNode =>
  marks.length ? { type: 'text', text: t, marks: marks.map((m) => (typeof m === 'string' ? { type: m } : m)) } : { type: 'text', text: t };
const quoted = (passageId: string): Mark => ({ type: 'quoted', attrs: { passageId } });
const adapted = (passageId: string): Mark => ({ type: 'adapted', attrs: { passageId } });
const p = (...content: InlineNode[]): BlockNode => (content.length ? { type: 'paragraph', content } : { type: 'paragraph' });
const cite = (passageId: string, kind: 'quote' | 'adaptation' | 'seeAlso' = 'quote', citedOn?: string): InlineNode => ({
  type: 'citation',
  attrs: citedOn ? { passageId, kind, citedOn } : { passageId, kind },
});

const rich: DocNode = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 1 }, content: [text('一、提高政治站位')] },
    p(text('学习浙江'), text('“千万工程”', 'bold'), text('经验，'), text('久久为功', 'italic', 'underline'), text('。')),
    { type: 'blockquote', content: [p(text('造就了万千美丽乡村，造福了万千农民群众。', quoted('p0123456789abcdef')), cite('p0123456789abcdef'))] },
    p(text('正如“'), text('久久为功', quoted('pq1')), text('”'), cite('pq1'), text('，我们要'), text('因地制宜推进', adapted('pad')), text('改写', 'bold', adapted('pad')), cite('pad', 'adaptation', '2026-11-22'), cite('pq1', 'seeAlso', '2026-01-02')),
    { type: 'heading', attrs: { level: 2 }, content: [text('（一）坚持规划引领')] },
    p(text('改写的段落'), cite('pa', 'adaptation'), text('，另见'), cite('pb', 'seeAlso'), cite('pc')),
    {
      type: 'bulletList',
      content: [
        { type: 'listItem', content: [p(text('一是注重科学规划'))] },
        { type: 'listItem', content: [p(text('二是坚持育才引才')), { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [p(text('细目'))] }] }] },
      ],
    },
    p(text('第一行'), { type: 'hardBreak' }, text('第二行')),
    p(),
    p(text('特殊字符：* _ [@x] ** # > - 1. \\ ` < & {.underline} 2*3')),
    p(text('# 不是标题')),
    p(text('1. 不是列表')),
    p(text('　　全角空格开头和结尾　')),
  ],
};

describe('Markdown', () => {
  it('writes headings, quotes, Pandoc citations and marks', () => {
    const md = docToMarkdown(rich, { title: '学习“千万工程”经验心得体会' });
    expect(md.startsWith('---\ntitle: "学习“千万工程”经验心得体会"\n---\n\n# 一、提高政治站位\n')).toBe(true);
    expect(md).toContain('> [造就了万千美丽乡村，造福了万千农民群众。]{.quoted passage=p0123456789abcdef}[@p0123456789abcdef]');
    expect(md).toContain('正如“[久久为功]{.quoted passage=pq1}”[@pq1]');
    expect(md).toContain('[@pad, 改写, 2026-11-22][参见 @pq1, 2026-01-02]');
    expect(md).toContain('改写的段落[@pa, 改写]，另见[参见 @pb][@pc]');
    expect(md).toContain('学习浙江**“千万工程”**经验，*[久久为功]{.underline}*。');
  });

  it('round-trips a rich Chinese document losslessly', () => {
    const md = docToMarkdown(rich, { title: '标题 "带引号" \\ 反斜杠' });
    const back = markdownToDoc(md);
    expect(back.title).toBe('标题 "带引号" \\ 反斜杠');
    expect(back.doc).toEqual(rich);
    expect(docToMarkdown(back.doc, { title: back.title! })).toBe(md);
  });

  it('keeps a statement cited from inside a passage (转引), with brackets, quotes and 改写 in its words', () => {
    const statement = '绿水青山就是金山银山，这是“重要理念”；[不]是改写';
    const doc = { type: 'doc' as const, content: [p(text('正如所说'), { type: 'citation', attrs: { passageId: 'p1', kind: 'quote', citedOn: '2026-12-05', statement } })] };
    const md = docToMarkdown(doc);
    expect(md).toContain('[@p1, 2026-12-05, 转引“');
    const back = markdownToDoc(md).doc;
    expect(back).toEqual(doc);
  });

  it('reads Markdown written by people and by Pandoc', () => {
    const md = '\uFEFF% 研讨发言\r\n\r\n标题\r\n====\r\n\r\n小节\r\n---\r\n\r\n### 深层标题\r\n\r\n* 甲\r\n* 乙\r\n\r\n__加粗__ 与 _倾斜_，见[链接](https://example.org/a)。\r\n引文[@a; 参见 @b]\r\n';
    const { title, doc } = markdownToDoc(md);
    expect(title).toBe('研讨发言');
    expect(doc.content[0]).toEqual({ type: 'heading', attrs: { level: 1 }, content: [text('标题')] });
    expect(doc.content[1]).toEqual({ type: 'heading', attrs: { level: 2 }, content: [text('小节')] });
    expect(doc.content[2]).toEqual({ type: 'heading', attrs: { level: 2 }, content: [text('深层标题')] });
    expect(doc.content[3]).toEqual({ type: 'bulletList', content: [{ type: 'listItem', content: [p(text('甲'))] }, { type: 'listItem', content: [p(text('乙'))] }] });
    expect(doc.content[4]).toEqual(p(text('加粗', 'bold'), text(' 与 '), text('倾斜', 'italic'), text('，见链接（https://example.org/a）。引文'), cite('a'), cite('b', 'seeAlso')));
  });

  it('keeps lone stars and code as text and joins Chinese lines without a space', () => {
    const { doc } = markdownToDoc('2*3=6\n第一行\n第二行 and\nmore\n\n```\n代码\n```\n');
    expect(doc.content[0]).toEqual(p(text('2*3=6第一行第二行 and more')));
    expect(doc.content[1]).toEqual(p(text('代码')));
  });
});
