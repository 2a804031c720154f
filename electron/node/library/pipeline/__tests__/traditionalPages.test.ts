import { describe, expect, it } from 'vitest';
import { readSourceFileSync } from '../../../formats/readSourceFile';
import { buildCorpus, buildFromRead } from '../buildCorpus';
import { isMostlyTraditional } from '../isMostlyTraditional';
import { allText, expectProvenance, fixture } from './fixtureBuild';
import { seedFiles } from './seedFiles';

const page = fixture('traditional-page.html');
const read = (simplify?: boolean) => buildFromRead([{ file: page, read: readSourceFileSync(page.fileName, page.bytes), simplify }]);

describe('a page in traditional characters', () => {
  it('is offered in simplified characters by default, mainland quotation marks included', () => {
    const build = buildCorpus([page]);
    const text = allText(build);
    expect(text).toContain('浙江省于二○○三年启动“千村示范、万村整治”工程');
    expect(text).toContain('“绿水青山就是金山银山”的理念已经深入人心');
    expect(text).not.toMatch(/[於啟萬鄉「」]/);
    expect(build.sources[0]).toMatchObject({ traditional: true, simplified: true, title: '浙江“千万工程”二十年 乡村蜕变成果丰硕', site: '两岸新闻网' });
    expect(build.report.some((r) => r.action.startsWith('繁体字转为简体字'))).toBe(true);
  });

  it('keeps the traditional original as the raw text, and every passage points into it', () => {
    const build = buildCorpus([page]);
    const src = build.sources[0]!;
    expect(src.rawText).toBe(Buffer.from(page.bytes).toString('utf8'));
    const first = build.passages.find((p) => p.text.startsWith('浙江省于'))!.occurrences[0]!;
    expect(src.rawText.slice(first.start, first.end)).toMatch(/^浙江省於二○○三年啟動「千村示範、萬村整治」工程.*讓一個個村莊煥然一新。$/);
    expectProvenance(build);
  });

  it('stays traditional when the writer says so, with the same furniture gone', () => {
    const build = read(false);
    const text = allText(build);
    expect(text).toContain('浙江省於二○○三年啟動「千村示範、萬村整治」工程');
    expect(text).not.toMatch(/責任編輯|來源|分享|字體/);
    expect(build.sources[0]).toMatchObject({ traditional: true, simplified: false });
    expect(read(true).passages.map((p) => p.id)).toEqual(buildCorpus([page]).passages.map((p) => p.id));
    expectProvenance(build);
  });

  it('is told from a simplified page, which conversion leaves as it is', () => {
    expect(isMostlyTraditional(Buffer.from(page.bytes).toString('utf8'))).toBe(true);
    for (const f of seedFiles()) expect(isMostlyTraditional(Buffer.from(f.bytes).toString('utf8'))).toBe(false);
    const seed = seedFiles().slice(0, 1);
    const plain = buildCorpus(seed);
    const forced = buildFromRead(seed.map((file) => ({ file, read: readSourceFileSync(file.fileName, file.bytes), simplify: true })));
    expect(forced.passages.map((p) => p.id)).toEqual(plain.passages.map((p) => p.id));
  });
});
