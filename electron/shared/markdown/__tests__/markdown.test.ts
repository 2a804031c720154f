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

  it('round-trips 500 random documents', () => {
    let seed = 20231206;
    const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
    const alphabet = [...'千万工程乡村振兴，。：；？！“”‘’（）、《》abcXYZ0123456789 *_[]@#>-+.\\`<&{}|~=!　'];
    const randText = () => Array.from({ length: 1 + Math.floor(rand() * 12) }, () => pick(alphabet)).join('');
    const markSets: Mark[][] = ([[], [], ['bold'], ['italic'], ['underline'], ['bold', 'italic'], ['bold', 'underline'], ['italic', 'underline'], ['bold', 'italic', 'underline']] as MarkType[][]).map((set) => set.map((type) => ({ type })));
    markSets.push([quoted('pa')], [quoted('pb')], [{ type: 'bold' }, adapted('pa')], [adapted('pc')], [{ type: 'italic' }, quoted('pa')]);
    const randInline = (): InlineNode[] => {
      const out: InlineNode[] = [];
      const n = Math.floor(rand() * 6);
      for (let k = 0; k < n; k++) {
        const r = rand();
        if (r < 0.15) out.push(cite(`p${Math.floor(rand() * 1e6).toString(16)}`, pick(['quote', 'adaptation', 'seeAlso'] as const), rand() < 0.5 ? '2026-11-22' : undefined));
        else if (r < 0.2 && out.length > 0) out.push({ type: 'hardBreak' });
        else out.push(text(randText(), ...pick(markSets)));
      }
      return normalise(out);
    };
    const randBlock = (depth: number): BlockNode => {
      const r = rand();
      if (depth < 2 && r < 0.15) return { type: 'blockquote', content: Array.from({ length: 1 + Math.floor(rand() * 2) }, () => randBlock(depth + 1)) };
      if (depth < 2 && r < 0.3) {
        const items = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => ({ type: 'listItem' as const, content: Array.from({ length: 1 + Math.floor(rand() * 2) }, () => randBlock(depth + 1)) }));
        return rand() < 0.5 ? { type: 'bulletList', content: items } : { type: 'orderedList', ...(rand() < 0.3 ? { attrs: { start: 2 + Math.floor(rand() * 9) } } : {}), content: items };
      }
      const content = randInline();
      if (r < 0.4) return content.length ? { type: 'heading', attrs: { level: pick([1, 2] as const) }, content } : { type: 'heading', attrs: { level: 1 } };
      return content.length ? { type: 'paragraph', content } : { type: 'paragraph' };
    };
    for (let k = 0; k < 500; k++) {
      const doc: DocNode = { type: 'doc', content: Array.from({ length: 1 + Math.floor(rand() * 5) }, () => randBlock(0)) };
      const title = rand() < 0.5 ? randText() : undefined;
      const md = docToMarkdown(doc, { title });
      const back = markdownToDoc(md);
      expect({ doc: back.doc, title: back.title }, md).toEqual({ doc, title: title ?? null });
    }
  });

  it('never throws on random input', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    const chars = [...'#>-*+_`[]()@!\\&;:.1 \n\t{}|~=千万工程“”'];
    for (let k = 0; k < 1000; k++) {
      const s = Array.from({ length: Math.floor(rand() * 80) }, () => chars[Math.floor(rand() * chars.length)]).join('');
      expect(() => markdownToDoc(s)).not.toThrow();
    }
  });
});

/** The canonical form the editor produces: adjacent texts with equal marks merged, no empty texts. */
function normalise(nodes: InlineNode[]): InlineNode[] {
  const out: InlineNode[] = [];
  for (const n of nodes) {
    if (n.type === 'hardBreak' && (out.length === 0 || out[out.length - 1]!.type === 'hardBreak')) continue;
    const last = out[out.length - 1];
    if (n.type === 'text' && last?.type === 'text' && key(last.marks) === key(n.marks)) last.text += n.text;
    else out.push(n.type === 'text' ? { ...n } : n);
  }
  while (out.length && out[out.length - 1]!.type === 'hardBreak') out.pop();
  return out;
}

function key(marks: Mark[] | undefined): string {
  return (marks ?? []).map((m) => `${m.type}:${m.attrs?.passageId ?? ''}`).join(',');
}
