import { describe, expect, it } from 'vitest';
import { docPlainText } from '../../doc/docPlainText';
import { buildCheckIndex } from '../CheckIndex';
import { checkAgainst } from '../checkAgainst';
import { checkReportDoc } from '../checkReportDoc';
import { textCheckInput } from '../docCheckText';

const PASSAGE = { id: 'p1', text: '二十年来，浙江久久为功，扎实推进“千村示范、万村整治”工程，造就了万千美丽乡村，造福了万千农民群众。' };
const lookup = (ids: string[]) => new Map(ids.map((id) => [id, { id, text: PASSAGE.text, sourceId: 's1', sourceTitle: '学习心得三篇', workTitle: '' }]));

describe('checkReportDoc', () => {
  it('gives the report as document blocks: figures, sources, paragraphs and every span', () => {
    const result = checkAgainst(textCheckInput(`我的体会。\n${PASSAGE.text}`), [buildCheckIndex([PASSAGE], 13)], lookup, 13);
    const blocks = checkReportDoc(result, { title: '心得', checkedAt: new Date(2026, 11, 2, 9, 5) });
    const text = docPlainText({ type: 'doc', content: blocks });
    expect(blocks[0]).toMatchObject({ type: 'heading', attrs: { level: 1 } });
    expect(text).toContain('查重与引用核查报告');
    expect(text).toContain('心得');
    // The time as a 公文 writes a date (no 2026/12/2), then the time.
    expect(text).toContain('核查时间：2026年12月2日 09:05');
    expect(text).toContain(`总文字复制比 ${(Math.round(result.totalRatio * 1000) / 10).toFixed(1)}%`);
    expect(text).toContain('学习心得三篇：');
    expect(text).toContain('第 2 段');
    expect(text).toContain(result.spans[0]!.text);
    expect(text).toContain('未注明出处');
  });

  it('says so when nothing is borrowed', () => {
    const result = checkAgainst(textCheckInput('全是自己写的话，没有一句是抄来的。'), [buildCheckIndex([PASSAGE], 13)], lookup, 13);
    const text = docPlainText({ type: 'doc', content: checkReportDoc(result, { title: '', checkedAt: new Date() }) });
    expect(text).toContain('没有发现与素材库连续 13 字以上相同的文字');
    expect(text).toContain('未命名文稿');
  });
});
