import { describe, expect, it } from 'vitest';
import { diffParagraphs } from '../diffParagraphs';

const show = (ops: Array<{ op: string; text: string }> | null) =>
  ops === null ? null : ops.map((o) => (o.op === 'same' ? o.text : o.op === 'del' ? `[-${o.text}]` : `[+${o.text}]`)).join('');

describe('diffParagraphs', () => {
  it('lines up unchanged paragraphs, compares a changed one with its replacement, and shows added and removed ones', () => {
    const rows = diffParagraphs('一、认识\n浙江坚持规划先行。\n删去的段落\n结尾', '一、认识\n浙江始终坚持规划先行。\n结尾\n新写的段落');
    expect(rows.map((r) => [show(r.left), show(r.right)])).toEqual([
      ['一、认识', '一、认识'],
      ['浙江坚持规划先行。', '浙江[+始终]坚持规划先行。'],
      ['[-删去的段落]', null],
      ['结尾', '结尾'],
      [null, '[+新写的段落]'],
    ]);
  });

  it('identical texts give only unchanged rows', () => {
    const rows = diffParagraphs('甲\n乙', '甲\n乙');
    expect(rows.every((r) => r.left?.[0]?.op === 'same' && r.right?.[0]?.op === 'same')).toBe(true);
    expect(rows).toHaveLength(2);
  });

  it('a long document with a change in one paragraph diffs that paragraph only', () => {
    const paragraphs = Array.from({ length: 400 }, (_, k) => `第${k}段，内容要有一定长度才能测出速度。`.repeat(5));
    const changed = [...paragraphs];
    changed[200] = changed[200]!.replace('内容', '文字');
    // Its time, and that it grows linearly with the document, is a bench row (--only=guards).
    const rows = diffParagraphs(paragraphs.join('\n'), changed.join('\n'));
    const differing = rows.filter((r) => r.left?.some((o) => o.op !== 'same') || r.right?.some((o) => o.op !== 'same'));
    expect(differing).toHaveLength(1);
    expect(show(differing[0]!.right)).toContain('[+文字]');
  });
});
