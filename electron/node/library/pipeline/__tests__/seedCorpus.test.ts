import { describe, expect, it } from 'vitest';
import { alignCopies } from '../alignCopies';
import { buildCorpus } from '../buildCorpus';
import type { BuiltPassage, CorpusBuild } from '../corpusTypes';
import { foldForDuplicates } from '../foldForDuplicates';
import { seedFiles } from './seedFiles';

const build: CorpusBuild = buildCorpus(seedFiles());
const sourceOf = (prefix: string) => {
  const s = build.sources.find((x) => x.fileName.startsWith(prefix));
  if (!s) throw new Error(prefix);
  return s;
};
const containing = (fragment: string): BuiltPassage[] => build.passages.filter((p) => p.text.includes(fragment));

describe('seed library', () => {
  it('holds no site furniture, chunk numbers, ads, paywall markers, URLs or contact numbers', () => {
    const furniture = /##|paid|上传人|文档编号|上传时间|第\s*\d+\s*页|共\s*\d+\s*页|由会员分享|上搜索|展开阅读全文|预览完|资源描述|猜你喜欢|相关搜索|当前位置|https?:|www\.|\.com|\.docx|链接地址|素材库|代笔|客服|公众号|会员群|svip|ICP|copyright|版权所有|本站|关\s*键\s*词|配套讲稿|特殊限制|下载\s*相关\s*举报|扁9TX|AIAl/i;
    for (const p of build.passages) {
      expect(p.text, p.text).not.toMatch(furniture);
      expect(p.text).not.toMatch(/(联系|电话|微信|QQ)\s*[:：]?\s*\d[\d\s]{4,}/);
      // A chunk number glued inside a word or sentence.
      expect(p.text, p.text).not.toMatch(/[\u4e00-\u9fff，、]\d{1,2}、/);
      expect(p.text).not.toMatch(/\n/);
    }
  });

  it('leaves no masked name where another copy has the name', () => {
    for (const p of build.passages) {
      expect(p.text).not.toMatch(/(?<![A-Za-z])A(总书记|新时代)/);
      expect(p.text).not.toContain('XX镇采用');
    }
    expect(containing('彰显了习近平新时代中国特色社会主义思想').length).toBe(1);
    expect(containing('岱山东沙镇采用“四治融合模式”').length).toBe(1);
    expect(containing('完成137座公共旱厕升级改造').length).toBe(1);
    expect(containing('完成座').length).toBe(0);
    expect(containing('将准物业化管理从1.0版本').length).toBe(1);
    expect(containing('LO版本').length).toBe(0);
  });

  it('stores the essays duplicated in 000 and 001 once, each passage with both sources', () => {
    const s000 = sourceOf('000').id;
    const s001 = sourceOf('001').id;
    for (const fragment of ['二十年久久为功', '践行以人民为中心的发展初心', '历届浙江省委省政府一张蓝图绘到底', '河小二池大爷', '例如2：上庄镇李家坟村']) {
      const found = containing(fragment);
      expect(found, fragment).toHaveLength(1);
      const sources = new Set(found[0]?.occurrences.map((o) => o.sourceId));
      expect(sources.has(s000) && sources.has(s001), fragment).toBe(true);
    }
    for (const p of build.passages) {
      if (p.occurrences.some((o) => o.sourceId === s001)) expect(p.occurrences.some((o) => o.sourceId === s000), p.text).toBe(true);
    }
  });

  it('rejoins passages across chunk boundaries', () => {
    for (const joined of [
      '在全国起到示范效应、在国际上得到充分认可',
      '农村整体面貌发生深刻变化',
      '发展改革、财政、国土、环保、住建等部门配合，明确责任分工，集中力量办大事。',
      '近日，中央农办、农业农村部、国家发展改革委制发了',
      '东沙镇成立网格理事会，组建村级调解员队伍',
      '真金白银投入。据统计',
    ]) {
      expect(containing(joined), joined).toHaveLength(1);
    }
    expect(containing('1、深入学习浙江经验是贯彻落实习近平生态文明思想的重要举措。')).toHaveLength(1);
  });

  it('points every occurrence at its text in the raw file', () => {
    const raw = new Map(build.sources.map((s) => [s.id, s.rawText]));
    for (const p of build.passages) {
      for (const o of p.occurrences) {
        const slice = (raw.get(o.sourceId) ?? '').slice(o.start, o.end).replace(/(^|\n)\s*\d{1,3}、/g, '$1');
        const a = foldForDuplicates(slice);
        const b = foldForDuplicates(p.text);
        expect(Math.abs(a.length - b.length), `${p.text}\n---\n${slice}`).toBeLessThanOrEqual(12);
        const al = alignCopies(a, b, 40);
        expect(al, `${p.text}\n---\n${slice}`).not.toBeNull();
        expect(al?.hunks.length ?? 99).toBeLessThanOrEqual(4);
      }
    }
  });

  it('marks the cut-off end of the 004 preview incomplete, and nothing else', () => {
    const s004 = sourceOf('004').id;
    const incomplete = build.passages.filter((p) => p.incomplete);
    expect(incomplete).toHaveLength(1);
    const last = build.passages.filter((p) => p.occurrences.some((o) => o.sourceId === s004)).sort((x, y) => (y.occurrences[0]?.start ?? 0) - (x.occurrences[0]?.start ?? 0))[0];
    expect(last?.incomplete).toBe(true);
    expect(last?.text.endsWith('的难题，')).toBe(true);
  });

  it('recovers works, headings and provenance', () => {
    const titles = (prefix: string) => build.works.filter((w) => w.sourceId === sourceOf(prefix).id).map((w) => w.title);
    expect(titles('000')).toEqual(['关于学习浙江“千万工程”经验感悟1', '关于学习浙江“千万工程”经验感悟2', '关于学习浙江“千万工程”经验感悟3']);
    expect(titles('001')).toHaveLength(3);
    expect(titles('002')).toEqual(['2023年学习浙江“千万工程”经验案例专题研讨心得发言材料', '2023年浙江“千万工程”经验案例专题学习研讨心得体会发言材料']);
    expect(titles('003')).toHaveLength(3);
    expect(titles('004')).toHaveLength(2);
    expect(sourceOf('001')).toMatchObject({ site: '优知文库', date: '2023-12-06', docNumber: '565344', pages: 6, author: null });
    expect(sourceOf('004')).toMatchObject({ site: '课桌文档', url: 'https://www.desk33.com/p-452121.html', pages: 51 });
    const heading = containing('浙江有“乡村振兴十大模式”')[0];
    expect(heading?.heading).toBe('一是注重科学规划，因地制宜');
    expect(containing('一、深入学习推广浙江经验的重大意义')[0]?.kind).toBe('标题');
  });

  it('keeps passages within the size range and cut at sentence ends', () => {
    for (const p of build.passages) {
      expect(p.text.length).toBeLessThanOrEqual(600);
      if (p.kind !== '标题' && !p.incomplete) expect(p.text, p.text).toMatch(/[。！？：”）]$/);
    }
    const body = build.passages.filter((p) => p.kind !== '标题');
    expect(body.filter((p) => p.text.length < 40).length).toBeLessThanOrEqual(3);
  });

  it('describes every passage with a kind and the rules that assigned it', () => {
    for (const p of build.passages) expect(p.rules.some((r) => r.startsWith(`类型 ${p.kind}`))).toBe(true);
    const env = containing('深入推进垃圾、污水、厕所“三大革命”')[0];
    expect(env?.themes).toContain('人居环境');
    expect(env?.rules.some((r) => r.startsWith('主题 人居环境：命中'))).toBe(true);
  });
});
