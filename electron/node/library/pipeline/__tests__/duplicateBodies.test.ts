import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../buildCorpus';
import { expectProvenance, fixture, passagesOf } from './fixtureBuild';

describe('a page whose text appears twice', () => {
  const build = buildCorpus([fixture('body-twice.html')]);

  it('stores it once, pointing at the first copy, and reports the second', () => {
    expect(build.passages).toHaveLength(4);
    for (const p of build.passages) expect(p.occurrences, p.text).toHaveLength(1);
    const html = build.sources[0]!.rawText;
    const secondCopy = html.indexOf('print-version');
    for (const p of build.passages) expect(p.occurrences[0]!.end).toBeLessThan(secondCopy);
    expect(build.report.filter((r) => r.action === '删除页面内重复出现的正文（与前文相同，共 4 句）')).toHaveLength(1);
    expectProvenance(build);
  });

  it('keeps a sentence a text rightly says twice', () => {
    const line = '坚持以人民为中心，把群众满意作为检验工作成效的根本标准。';
    const text = `${line}各地从群众反映最强烈的垃圾、污水、厕所问题入手，持续改善农村人居环境，群众的获得感不断增强。\n下一步，我们要继续${line}`;
    const own = buildCorpus([{ fileName: 'twice-said.txt', bytes: Buffer.from(text) }]);
    expect(own.passages.map((p) => p.text).join('').split('根本标准').length - 1).toBe(2);
    expect(own.report.filter((r) => r.step === 'dedupe')).toEqual([]);
  });
});

describe('the same essay reposted on two sites', () => {
  const build = buildCorpus([fixture('repost-site-a.html'), fixture('repost-site-b.html')]);
  const [a, b] = ['repost-site-a.html', 'repost-site-b.html'].map((f) => build.sources.find((s) => s.fileName === f)!);

  it('is stored once, each passage crediting both pages', () => {
    expect(build.passages).toHaveLength(5);
    for (const p of build.passages) expect(new Set(p.occurrences.map((o) => o.sourceId)), p.text).toEqual(new Set([a!.id, b!.id]));
    expect(passagesOf(build, 'repost-site-b.html')).toHaveLength(5);
    expect(build.report.some((r) => r.step === 'dedupe' && r.sourceId === b!.id)).toBe(true);
  });

  it('keeps each page its own facts, and each occurrence points into its own page', () => {
    expect(a).toMatchObject({ site: '某某县人民政府', date: '2023-08-02' });
    expect(b).toMatchObject({ site: '乡村振兴网', date: '2023-08-05' });
    expectProvenance(build);
    const first = build.passages[0]!;
    for (const o of first.occurrences) {
      const raw = build.sources.find((s) => s.id === o.sourceId)!.rawText;
      expect(raw.slice(o.start, o.end)).toBe(first.text);
    }
  });
});
