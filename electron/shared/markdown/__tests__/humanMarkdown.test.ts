import { describe, expect, it } from 'vitest';
import type { BlockNode, InlineNode, MarkType } from '../../doc/docTypes';
import { markdownToDoc } from '../markdownToDoc';

// Markdown written by people, by Pandoc or by other editors: the common forms are understood, and
// what a document cannot hold becomes plain text.

const t = (text: string, ...marks: MarkType[]): InlineNode => (marks.length ? { type: 'text', text, marks: marks.map((type) => ({ type })) } : { type: 'text', text });
const p = (...content: InlineNode[]): BlockNode => (content.length ? { type: 'paragraph', content } : { type: 'paragraph' });
const cite = (passageId: string, kind: 'quote' | 'adaptation' | 'seeAlso' = 'quote'): InlineNode => ({ type: 'citation', attrs: { passageId, kind } });
const item = (...content: BlockNode[]) => ({ type: 'listItem' as const, content });
const blocks = (md: string) => markdownToDoc(md).doc.content;
const inline = (md: string) => {
  const [first] = blocks(md);
  return first && 'content' in first ? first.content : undefined;
};

describe('reading human Markdown', () => {
  it('reads bullets written with *, + and -, and ordered lists with their start', () => {
    expect(blocks('* 甲\n* 乙\n\n+ 丙\n\n3. 丁\n4. 戊')).toEqual([
      { type: 'bulletList', content: [item(p(t('甲'))), item(p(t('乙')))] },
      { type: 'bulletList', content: [item(p(t('丙')))] },
      { type: 'orderedList', attrs: { start: 3 }, content: [item(p(t('丁'))), item(p(t('戊')))] },
    ]);
  });

  it('reads loose and nested lists, lazy lines and tab indentation', () => {
    expect(blocks('- 一\n\n  续\n- 二\n\t- 深\n懒')).toEqual([
      { type: 'bulletList', content: [item(p(t('一')), p(t('续'))), item(p(t('二')), { type: 'bulletList', content: [item(p(t('深懒')))] })] },
    ]);
  });

  it('reads emphasis with stars and underscores, nested, and leaves lone stars and snake_case alone', () => {
    expect(inline('__粗__ *斜* _也斜_ **粗*又斜*粗** ***都***')).toEqual([
      t('粗', 'bold'), t(' '), t('斜', 'italic'), t(' '), t('也斜', 'italic'), t(' '), t('粗', 'bold'), t('又斜', 'bold', 'italic'), t('粗', 'bold'), t(' '), t('都', 'bold', 'italic'),
    ]);
    expect(inline('2 * 3 * 4 = 24, snake_case_name, a*')).toEqual([t('2 * 3 * 4 = 24, snake_case_name, a*')]);
  });

  it('reads setext headings, and maps ### and deeper to level 2', () => {
    expect(blocks('大标题\n===\n\n小标题\n---\n\n### 三级 ###\n\n###### 六级')).toEqual([
      { type: 'heading', attrs: { level: 1 }, content: [t('大标题')] },
      { type: 'heading', attrs: { level: 2 }, content: [t('小标题')] },
      { type: 'heading', attrs: { level: 2 }, content: [t('三级')] },
      { type: 'heading', attrs: { level: 2 }, content: [t('六级')] },
    ]);
  });

  it('accepts CRLF, CR and a BOM', () => {
    expect(markdownToDoc('\uFEFF# 标题\r\n\r\n正文\r第二段\r\n')).toEqual({
      title: null,
      doc: { type: 'doc', content: [{ type: 'heading', attrs: { level: 1 }, content: [t('标题')] }, p(t('正文第二段'))] },
    });
  });

  it('reads the title from a Pandoc title block or YAML front matter in its usual forms', () => {
    expect(markdownToDoc('% 学习心得\n  体会\n% 张三\n% 2026-11-22\n\n正文').title).toBe('学习心得 体会');
    expect(markdownToDoc("---\nauthor: 张三\ntitle: '它''s 标题'\n---\n正文").title).toBe("它's 标题");
    expect(markdownToDoc('---\ntitle: 普通标题 # 注释\ndate: 2026\n---\n').title).toBe('普通标题');
    expect(markdownToDoc('---\ntitle: "转义\\t\\u4e2d"\n---\n').title).toBe('转义\t中');
    expect(markdownToDoc('---\ntitle: >\n  折叠的\n  标题\n---\n').title).toBe('折叠的 标题');
    expect(markdownToDoc('---\nlang: zh\n---\n正文')).toEqual({ title: null, doc: { type: 'doc', content: [p(t('正文'))] } });
    // A rule at the top of a file is not front matter.
    expect(markdownToDoc('---\n一段话。\n---\n').title).toBeNull();
  });

  it('reads Pandoc citations: groups, prefixes, locators, and keys by Pandoc rules', () => {
    expect(inline('甲[@a; 参见 @b; @c, 改写]乙')).toEqual([t('甲'), cite('a'), cite('b', 'seeAlso'), cite('c', 'adaptation'), t('乙')]);
    expect(inline('[see @Smith2004:ch1., p. 33][-@x_y-z][@{odd key}][参见@中文键]')).toEqual([
      cite('Smith2004:ch1', 'seeAlso'), cite('x_y-z'), cite('odd key'), cite('中文键', 'seeAlso'),
    ]);
    expect(inline('[@a, 改写, 2026-11-22]')).toEqual([{ type: 'citation', attrs: { passageId: 'a', kind: 'adaptation', citedOn: '2026-11-22' } }]);
    // Not citations: an e-mail address, a bare bracket, an @ with no key.
    expect(inline('[me@example.org] [@] [注]')).toEqual([t('[me@example.org] [@] [注]')]);
  });

  it('turns links, images, autolinks and code into plain text', () => {
    expect(inline('见[**规划**](https://example.org/a "标题")和![图](img.png)，<https://example.org/b>，`a*b*`')).toEqual([
      t('见规划（https://example.org/a）和图（img.png），https://example.org/b，a*b*'),
    ]);
    expect(blocks('```js\nconst a = 1;\n\nlet b;\n```\n\n| 甲 | 乙 |\n|---|---|\n| 1 | 2 |')).toEqual([
      p(t('const a = 1;')),
      p(t('let b;')),
      p(t('| 甲 | 乙 | |---|---| | 1 | 2 |')),
    ]);
  });

  it('drops thematic breaks and reads spans, entities, hard breaks and lazy quote lines', () => {
    expect(blocks('甲\n\n***\n\n- - -\n\n乙')).toEqual([p(t('甲')), p(t('乙'))]);
    expect(inline('[下划线]{.underline}[小型]{.smallcaps}&amp;&lt;&#x4e2d;&#20013;&bogus;')).toEqual([t('下划线', 'underline'), t('小型&<中中&bogus;')]);
    expect(inline('一  \n二\\\n三<br/>四')).toEqual([t('一'), { type: 'hardBreak' }, t('二'), { type: 'hardBreak' }, t('三'), { type: 'hardBreak' }, t('四')]);
    expect(blocks('> 引文\n续行\n\n正文')).toEqual([{ type: 'blockquote', content: [p(t('引文续行'))] }, p(t('正文'))]);
  });

  it('joins soft-wrapped lines: nothing between Chinese, a space between Latin words', () => {
    expect(inline('千万\n工程 and\nmore，\nok')).toEqual([t('千万工程 and more，ok')]);
  });

  it('reads an empty or blank file as one empty paragraph', () => {
    expect(markdownToDoc('')).toEqual({ title: null, doc: { type: 'doc', content: [p()] } });
    expect(markdownToDoc(' \n\t\n')).toEqual({ title: null, doc: { type: 'doc', content: [p()] } });
  });
});
