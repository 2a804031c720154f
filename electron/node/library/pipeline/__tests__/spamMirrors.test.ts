import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../buildCorpus';
import { findInjections } from '../findInjections';
import { chooseReading } from '../restoreReadings';
import { allText, expectProvenance, fixture, passagesOf } from './fixtureBuild';
import { seedFiles } from './seedFiles';

const INJECTED = /葡京|官方网站|彩票|注册送|88元|娱乐城|xpj888|有限公司|产品中心/;
const MASKS = /\*{2,}|×{2,}|(?<![A-Za-z])A同志/;

describe('a page copied by a spam mirror, alone', () => {
  const build = buildCorpus([fixture('spam-mirror.html')]);
  const text = allText(build);

  it('loses what was injected into its title, its words and its own lines', () => {
    expect(text).not.toMatch(INJECTED);
    expect(build.sources[0]!.title).toBe('深入学习运用“千万工程”经验 扎实推进乡村全面振兴');
    expect(text).toContain('“千万工程”是***总书记在浙江工作期间');
    expect(text).toContain('让乡村振兴成果更多更公平惠及广大农民群众。');
    const cut = build.report.filter((r) => r.action === '删除插入的广告词（镜像站）').map((r) => r.before);
    expect(cut).toEqual(['【澳门新葡京】', '彩票注册送88元']);
  });

  it('guesses no name: the passages with a masked or cut-out name are flagged instead', () => {
    const flagged = build.passages.filter((p) => p.flags.includes('masked-name'));
    expect(flagged.map((p) => p.text.slice(0, 8))).toEqual(['“千万工程”是*', '实践证明，“千万', '2003年6月，']);
    expect(text).not.toContain('习近平');
    for (const p of build.passages.filter((x) => !flagged.includes(x))) expect(p.text).not.toMatch(MASKS);
    expectProvenance(build);
  });
});

describe('a mirror beside the original page', () => {
  it('is stored once with the original text, both pages credited', () => {
    const build = buildCorpus([fixture('spam-mirror.html'), fixture('spam-original.html')]);
    const [mirror, original] = ['spam-mirror.html', 'spam-original.html'].map((f) => build.sources.find((s) => s.fileName === f)!.id);
    expect(build.passages).toHaveLength(7);
    for (const p of build.passages) {
      expect(new Set(p.occurrences.map((o) => o.sourceId))).toEqual(new Set([mirror, original]));
      expect(p.flags).toEqual([]);
    }
    expect(allText(build)).not.toMatch(MASKS);
    // The mirror's occurrences point at its masked spans: the original's names are not in them.
    expectProvenance(build, 6);
  });

  it('has its names restored from the twin where the mirror is the better-structured copy', () => {
    const build = buildCorpus([fixture('spam-mirror-copy.txt'), fixture('speech-original-flat.txt')]);
    const text = allText(build);
    expect(text).not.toMatch(INJECTED);
    expect(text).not.toMatch(MASKS);
    expect(text).toContain('彰显了习近平新时代中国特色社会主义思想');
    expect(text).toContain('时任浙江省委书记的习近平同志作出');
    expect(text).toContain('我们要沿着习近平同志指引的方向');
    const restored = build.report.filter((r) => r.step === 'restore').map((r) => r.action.replace(/（.*/, ''));
    expect(restored.sort()).toEqual(['还原被删去的名称', '还原遮蔽名称', '还原遮蔽名称', '还原遮蔽名称']);
    expect(build.passages.every((p) => p.flags.length === 0)).toBe(true);
    expect(passagesOf(build, 'speech-original-flat.txt')).toHaveLength(7);
    expectProvenance(build, 6);
  });
});

describe('injection finding', () => {
  it('cuts injections out of words and titles, and leaves ordinary words alone', () => {
    const cut = (s: string) => findInjections(s).reduceRight((t, r) => t.slice(0, r.start) + t.slice(r.end), s);
    expect(cut('千万【澳门新葡京】工程')).toBe('千万工程');
    expect(cut('乡村振兴彩票注册送88元')).toBe('乡村振兴');
    expect(cut('学习千万工程经验_澳门新葡京【官方网站】')).toBe('学习千万工程经验');
    expect(cut('千万澳门新葡京工程')).toBe('千万工程');
    for (const plain of ['利用体育彩票公益金建设农村文化礼堂', '澳门回归祖国以来', '整治赌博、封建迷信等陈规陋习', '在线平台注册用户突破十万']) expect(findInjections(plain)).toEqual([]);
    for (const f of seedFiles()) expect(findInjections(Buffer.from(f.bytes).toString('utf8'))).toEqual([]);
  });

  it('restores a cut-out name only before a title or a theory named with its author', () => {
    expect(chooseReading('', '习近平', '新时代中国特色社会主义思想')?.action).toBe('还原被删去的名称');
    expect(chooseReading('', '习近平', '同志作出')?.action).toBe('还原被删去的名称');
    expect(chooseReading('', '浙江省', '的各级干部')).toBeNull();
    expect(chooseReading('***', '习近平')?.action).toBe('还原遮蔽名称');
    expect(chooseReading('×××', '习近平')?.action).toBe('还原遮蔽名称');
  });
});
