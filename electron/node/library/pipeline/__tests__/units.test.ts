import { describe, expect, it } from 'vitest';
import { alignCopies } from '../alignCopies';
import { describePassage } from '../describePassage';
import { junkTokenLength } from '../junkToken';
import { MappedText } from '../../../formats/MappedText';
import { markupResidue } from '../../../formats/text/markupResidue';
import { normaliseText } from '../normaliseText';
import { recoverStructure } from '../recoverStructure';
import { rejoinChunks } from '../rejoinChunks';
import { chooseReading } from '../restoreReadings';
import { splitPassages } from '../splitPassages';

const norm = (s: string) => normaliseText(MappedText.identity(s), 's').text.text;

describe('MappedText', () => {
  it('keeps every unit linked to its origin through edits', () => {
    const t = MappedText.identity('ab##cd,ef').replaceAll(/##/g, () => '').replaceAll(/,/g, () => '，');
    expect(t.text).toBe('abcd，ef');
    expect(t.originSpan(2, 5)).toEqual([4, 7]);
    const r = t.applyEdits([{ start: 0, end: 1, insert: 'XYZ' }]);
    expect(r.text).toBe('XYZbcd，ef');
    expect(r.originSpan(0, 3)).toEqual([0, 1]);
  });
});

describe('normaliseText', () => {
  it('applies Chinese punctuation conventions but not inside numbers or URLs', () => {
    expect(norm('坚持一切从实际出发,分类指导:一是规划(试点)先行;好吗?')).toBe('坚持一切从实际出发，分类指导：一是规划（试点）先行；好吗？');
    expect(norm('共1,000元, 时间10:30,见https://a.b/c')).toBe('共1,000元，时间10:30，见https://a.b/c');
    expect(norm('占比９９％，民俗旅游＋农业')).toBe('占比99%，民俗旅游+农业');
  });
  it('removes spaces between Chinese characters, and markup residue read by the HTML parser before it', () => {
    const residue = markupResidue(MappedText.identity('乡 村 振 兴&nbsp;战略<br/>实施&amp;推进')).text;
    expect(residue.text).toBe('乡 村 振 兴\u00a0战略\n实施&推进');
    expect(normaliseText(residue, 's').text.text).toBe('乡村振兴战略\n实施&推进');
  });
  it('fixes 一一 dashes and OCR letters in numbers, and leaves 一一对应 alone', () => {
    expect(norm('流向乡村一一2019年，荣誉一一“地球卫士奖”，一一对应')).toBe('流向乡村——2019年，荣誉——“地球卫士奖”，一一对应');
    expect(norm('把其中100O个左右的中心村，第2l0号')).toBe('把其中1000个左右的中心村，第210号');
  });
  it('repairs a list number typed with a comma only when it continues a list', () => {
    expect(norm('6、始终坚持投入。7,始终坚持引导。')).toBe('6、始终坚持投入。7、始终坚持引导。');
    expect(norm('今年。7,月份')).toContain('7，月份');
  });
});

describe('junkTokenLength', () => {
  it('recognises OCR artefacts but not acronyms or common tokens', () => {
    expect(junkTokenLength('扁9TX2023年开展', 0)).toBe(4);
    expect(junkTokenLength('AIAl篇关于开展', 0, false)).toBe(5);
    expect(junkTokenLength('APP客户端', 0)).toBe(0);
    expect(junkTokenLength('5G网络', 0)).toBe(0);
    expect(junkTokenLength('Word文档', 0)).toBe(0);
  });
});

describe('rejoinChunks', () => {
  const filler = (n: number) => '推进农村人居环境整治，改善村容村貌，建设美丽乡村。'.repeat(n);
  it('joins regular numbered chunks that cut sentences', () => {
    const text = `1、${filler(8)}明确责任\n2、分工，集中力量办大事。${filler(8)}全面\n3、推进。${filler(8)}示范效\n4、应显著。`;
    const r = rejoinChunks(MappedText.identity(text), 's');
    expect(r.chunked).toBe(true);
    expect(r.text.text).toContain('明确责任分工');
    expect(r.text.text).toContain('示范效应显著');
    expect(r.text.text.startsWith('推进')).toBe(true);
  });
  it('leaves a list whose items all follow sentence ends', () => {
    const text = `1、${filler(8)}\n2、${filler(8)}\n3、${filler(8)}\n4、完。`;
    expect(rejoinChunks(MappedText.identity(text), 's').chunked).toBe(false);
  });
});

describe('recoverStructure and splitPassages', () => {
  it('finds inline titles, 同志们, （二） separators and glued headings', () => {
    const text = '学习心得体会材料汇编（3篇）\n关于学习浙江经验的交流发言材料同志们：今天我们在这里学习。一、深入学习推广浙江经验的重大意义浙江经验起步早、方向准，值得学习。一是坚持规划先行。规划是龙头，要先规划后建设，不搞千村一面，让每个村都有自己的特色和风貌，群众满意。（二）第二篇文章的正文从这里开始，讲的是另一件事情，内容完整，句子通顺，长度足够。';
    const s = recoverStructure(text);
    expect(s.collectionTitle).toBe('学习心得体会材料汇编（3篇）');
    expect(s.works.map((w) => w.title ?? `（${w.ordinal}）`)).toEqual(['关于学习浙江经验的交流发言材料', '（二）']);
    const first = s.works[0];
    const passages = splitPassages(text, first?.segments ?? []);
    const texts = passages.map((p) => text.slice(p.start, p.end));
    expect(texts).toContain('一、深入学习推广浙江经验的重大意义');
    expect(texts).toContain('一是坚持规划先行。');
    const body = passages.find((p) => text.slice(p.start, p.end).startsWith('规划是龙头'));
    expect(body?.heading).toBe('一、深入学习推广浙江经验的重大意义 › 一是坚持规划先行');
  });
});

describe('alignCopies and chooseReading', () => {
  it('aligns two copies and restores masks, numbers and OCR damage from the other copy', () => {
    const a = '是A总书记亲自部署，完成座旱厕改造，从LO版本升级';
    const b = '是习近平总书记亲自部署，完成137座旱厕改造，从1.0版本升级';
    const al = alignCopies(a, b);
    const fixed = (al?.hunks ?? []).map((h) => chooseReading(a.slice(h.aStart, h.aEnd), b.slice(h.bStart, h.bEnd))?.action);
    expect(fixed).toEqual(['还原遮蔽名称', '补回缺失数字', '纠正识别错误']);
    expect(chooseReading('岱山东沙', 'XX')).toBeNull();
    expect(alignCopies('完全不同的文字内容', '另外一段毫不相干的话', 3)).toBeNull();
  });
});

describe('describePassage', () => {
  it('assigns kinds and themes with their rules', () => {
    const d = describePassage('累计拆除25万余平方米，建设16个村卫生室，完成137座公厕改造，垃圾实现日产日清。', { isHeading: false, first: false, last: false });
    expect(d.kind).toBe('数据');
    expect(d.themes).toEqual(expect.arrayContaining(['人居环境', '公共服务']));
    expect(d.rules.some((r) => r.startsWith('主题 人居环境：命中 垃圾'))).toBe(true);
    expect(describePassage('一是坚持规划先行。', { isHeading: true, first: false, last: false }).kind).toBe('标题');
  });
});
