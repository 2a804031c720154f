import { describe, expect, it } from 'vitest';
import { findQuotedStatements } from '../findQuotedStatements';

const statements = (text: string) => findQuotedStatements(text).filter((s) => s.type === 'statement');

describe('findQuotedStatements', () => {
  it('finds what 总书记 said after 指出：, with the speaker, the role and the verb', () => {
    const text = '我们要深刻认识到，习近平总书记指出：“绿水青山就是金山银山。”这一重要论断……';
    const [s] = statements(text);
    expect(s).toMatchObject({ text: '绿水青山就是金山银山。', speaker: '习近平', role: '总书记', cue: '指出', title: null });
    expect(text.slice(s!.start, s!.end)).toBe('绿水青山就是金山银山。');
  });

  it('keeps a masked name unnamed (A总书记) and finds the speaker earlier in the sentence', () => {
    expect(statements('A总书记在浙江工作期间提出“绿水青山就是金山银山”，浙江把这些重要理念贯穿始终。')[0]).toMatchObject({ speaker: null, role: '总书记', cue: '提出' });
    expect(statements('2005年8月15日，习近平同志来到安吉余村考察，高度评价余村的做法，并首次提出“绿水青山就是金山银山”的科学论断。')[0]).toMatchObject({
      speaker: '习近平',
      role: '同志',
      cue: '提出',
    });
  });

  it('finds a quotation that follows the speaker directly (总书记“……”的重要理念)', () => {
    expect(statements('浙江省委和省政府始终践行习近平总书记“绿水青山就是金山银山”的重要理念。')[0]).toMatchObject({ speaker: '习近平', cue: '' });
  });

  it('finds anyone’s statement after 说 and names them', () => {
    expect(statements('乡村治理水平显著提升。陈文胜说“基层组织建设要从领导群众到发动群众转变。”在实施中……')[0]).toMatchObject({
      text: '基层组织建设要从领导群众到发动群众转变。',
      speaker: '陈文胜',
      cue: '说',
    });
  });

  it('ignores terms in quotation marks and quotations no one is said to have said', () => {
    expect(statements('浙江提出“河长制”“田长制”等项目责任制。')).toEqual([]);
    expect(statements('在决策时坚持“村里的事情大家商量着办”，推动实现从“要我建”到“我要建”的转变。')).toEqual([]);
    expect(statements('建立“政府主导、农民主体、部门配合、社会资助、企业参与、市场运作”的建设机制。')).toEqual([]);
  });

  it('links a statement to the document named before it, and lists titles in 《》', () => {
    const text = '《关于深化农村改革的意见》强调：“要把农村人居环境整治作为乡村振兴的第一场硬仗。”';
    const found = findQuotedStatements(text);
    expect(found.map((s) => [s.type, s.text])).toEqual([
      ['title', '关于深化农村改革的意见'],
      ['statement', '要把农村人居环境整治作为乡村振兴的第一场硬仗。'],
    ]);
    expect(found[1]).toMatchObject({ title: '关于深化农村改革的意见', cue: '强调' });
    expect(findQuotedStatements('围绕《神农架林区自然生态保护和统筹发展规划》要求，严守安全底线。')).toEqual([
      expect.objectContaining({ type: 'title', text: '神农架林区自然生态保护和统筹发展规划' }),
    ]);
  });

  it('handles 所说的那样 and corner brackets', () => {
    expect(statements('正如习近平同志所说的那样：“人民对美好生活的向往，就是我们的奋斗目标。”')[0]).toMatchObject({ speaker: '习近平', cue: '说' });
    expect(statements('总书记强调「要久久为功，一张蓝图绘到底」')[0]).toMatchObject({ text: '要久久为功，一张蓝图绘到底', cue: '强调' });
  });
});
