import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../buildCorpus';
import { findMojibake } from '../findMojibake';
import { allText, expectProvenance, fixture, passagesOf } from './fixtureBuild';
import { seedFiles } from './seedFiles';

// Text damaged on its way to the writer: a PDF's wrapped and spaced-out lines, page furniture in the
// middle of a line, pinyin readings after characters, and text garbled by a wrong encoding.
const build = buildCorpus([fixture('pdf-wrapped-opinion.txt'), fixture('pinyin-readings.html'), fixture('mojibake-paste.txt')]);
const text = allText(build);

describe('text copied out of a PDF', () => {
  it('joins wrapped lines into whole sentences, without the spaces a wrap or a justified line leaves', () => {
    for (const sentence of [
      '“千村示范、万村整治”工程实施20年来，全省上下坚持一张蓝图绘到底，持续推进农村人居环境整治，全省2万多个建制村实现生活垃圾集中收集处理，农村卫生厕所普及率达到99%以上，',
      '到2027年，基本建成一批具有江南韵味、现代气息的和美乡村',
      '城乡居民收入倍差缩小到1.8以内。',
      '各地要建立健全长效管护机制，确保设施建得好、管得住、用得久。',
    ]) {
      expect(text, sentence).toContain(sentence);
    }
    expect(text).not.toMatch(/[\u4e00-\u9fff] +[\u4e00-\u9fff\d]|\d +[\u4e00-\u9fff]/);
  });

  it('leaves out page numbers, running headers and the letterhead, wherever they stand', () => {
    expect(text).not.toMatch(/- ?\d+ ?-|浙政办发|办公厅文件|浙江省人民政府办公厅/);
    expect(build.works.map((w) => w.title)).toContain('关于深化“千万工程”全面推进和美乡村建设的实施意见');
    const actions = build.report.map((r) => r.action);
    expect(actions).toContain('删除整行：页眉（每页重复）');
    expect(actions).toContain('删除行内页码');
    expect(actions.some((a) => a.startsWith('删除数字与汉字间空格'))).toBe(true);
  });
});

describe('pinyin readings', () => {
  it('are taken out after characters, in either kind of bracket and from ruby text, and reported', () => {
    const page = passagesOf(build, 'pinyin-readings.html').map((p) => p.text).join('\n');
    expect(page).toContain('衢州市和丽水市地处浙西南山区');
    expect(page).toContain('在衢州市柯城区的一个山村，村民们');
    expect(page).toContain('嵊泗县和鄞州区的做法同样值得借鉴。');
    expect(page).toContain('学习古诗：绿水青山就是金山银山');
    expect(page).not.toMatch(/[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]/);
    expect(build.report.filter((r) => r.action === '删除汉字后的拼音注音')).toHaveLength(6);
  });
});

describe('garbled text', () => {
  it('is left out, every line and stretch of it listed in the report', () => {
    expect(text).not.toMatch(/鍗|锟斤拷|\ufffd|Ã|æ|é˜|璐/);
    const garbled = build.report.filter((r) => r.step === 'mojibake');
    expect(garbled.map((r) => r.action)).toEqual([
      '删除乱码行（UTF-8 文字被当作 GBK 读取）',
      '删除乱码行（UTF-8 文字被当作 Latin-1 读取）',
      '删除乱码片段（替换字符与“锟斤拷”类乱码）',
      '删除乱码片段（替换字符与“锟斤拷”类乱码）',
      '删除乱码行（UTF-8 文字被当作 GBK 读取）',
    ]);
  });

  it('flags the passages it was cut from, and no other', () => {
    const paste = passagesOf(build, 'mojibake-paste.txt');
    const flagged = paste.filter((p) => p.flags.includes('mojibake-removed')).map((p) => p.text.slice(0, 8));
    expect(flagged).toEqual(['在推进过程中，我', '我们还发动群众参', '下一步，我们将持']);
    expect(paste.find((p) => p.text.includes('科学编制村庄规划，做到留白留璞'))).toBeDefined();
    expect(build.passages.filter((p) => !paste.includes(p)).every((p) => p.flags.length === 0)).toBe(true);
  });

  it('is told apart from rare names, traditional characters and the seed library', () => {
    expect(findMojibake('衢州市衢江区、嵊泗县、婺源县、岱山县、鄞州区、瓯海区、缙云县')).toEqual([]);
    expect(findMojibake('學習浙江「千萬工程」經驗，從群眾反映最強烈的垃圾、污水、廁所問題入手')).toEqual([]);
    expect(findMojibake('哒哒素材库代笔，以奋斗之姿砥砺前行')).toEqual([]);
    for (const f of seedFiles()) {
      for (const line of Buffer.from(f.bytes).toString('utf8').split('\n')) expect(findMojibake(line), line).toEqual([]);
    }
  });
});

describe('provenance of repaired text', () => {
  it('points every passage at its span in the raw original', () => {
    expectProvenance(build);
  });
});

describe('numbers in Chinese text', () => {
  const norm = (s: string) => buildCorpus([{ fileName: 'n.txt', bytes: Buffer.from(s) }]).passages.map((p) => p.text).join('');
  it('lose the spaces around them, and page markers inside a line go', () => {
    expect(norm('“千万工程”实施 20 年来，全省 2 万多个村庄面貌一新，卫生厕所普及率达到 99% 以上，2023 年 6 月召开现场会。')).toBe(
      '“千万工程”实施20年来，全省2万多个村庄面貌一新，卫生厕所普及率达到99%以上，2023年6月召开现场会。',
    );
    expect(norm('各地要建立健全长效管护机制 — 3 — 确保设施建得好、管得住、用得久，群众满意度持续提升，环境面貌 －4－ 持续向好。')).toBe(
      '各地要建立健全长效管护机制确保设施建得好、管得住、用得久，群众满意度持续提升，环境面貌持续向好。',
    );
  });
  it('keep what is not a page marker or a stray space', () => {
    expect(norm('发展目标——2025年——全面实现，投入GDP 的 2% 左右，是一项长期而艰巨的任务，需要久久为功、持续发力。')).toBe(
      '发展目标——2025年——全面实现，投入GDP 的2%左右，是一项长期而艰巨的任务，需要久久为功、持续发力。',
    );
  });
});

describe('the first line of a wrapped text', () => {
  it('is taken as a headline only when it is clearly shorter than the line after it', () => {
    const wrapped = '为深入学习贯彻习近平新时代中国特色社会主义思想和党的二十大精神\n全面落实省委省政府关于深化“千万工程”的决策部署，扎实推进和美乡村\n建设，现结合我县实际制定本方案。\n';
    const build = buildCorpus([{ fileName: 'wrapped.txt', bytes: Buffer.from(wrapped) }]);
    expect(build.passages.map((p) => p.text).join('')).toBe(
      '为深入学习贯彻习近平新时代中国特色社会主义思想和党的二十大精神全面落实省委省政府关于深化“千万工程”的决策部署，扎实推进和美乡村建设，现结合我县实际制定本方案。',
    );
    const titled = buildCorpus([{ fileName: 'titled.txt', bytes: Buffer.from(`我县深化“千万工程”纪实\n${wrapped}`) }]);
    expect(titled.works.map((w) => w.title)).toEqual(['我县深化“千万工程”纪实']);
  });
});
