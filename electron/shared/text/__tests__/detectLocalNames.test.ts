import { describe, expect, it } from 'vitest';
import { applyLocalNames, detectLocalNames, type PlaceLookup } from '../detectLocalNames';
import { COMMON_BIT, LEVEL_BIT, SHORT_BIT } from '../placeLevels';
import { regionLevels } from '../regionLevels';

// A handful of stems with the bits the real gazetteer gives them (electron/node/gazetteer tests use the real one).
const stems: Record<string, number> = {
  苏家坨: LEVEL_BIT.town,
  车耳营: LEVEL_BIT.village,
  七王坟: LEVEL_BIT.village,
  王坟: LEVEL_BIT.village | LEVEL_BIT.town,
  坟: LEVEL_BIT.village,
  红: LEVEL_BIT.village,
  海淀: LEVEL_BIT.county | SHORT_BIT,
  京西: LEVEL_BIT.region | SHORT_BIT,
  示范: LEVEL_BIT.village | COMMON_BIT,
  安吉: LEVEL_BIT.county | SHORT_BIT,
  余: LEVEL_BIT.village,
  金山: LEVEL_BIT.county | SHORT_BIT,
  浦江: LEVEL_BIT.county | SHORT_BIT,
  江山: LEVEL_BIT.county | SHORT_BIT,
  浙江: LEVEL_BIT.province | SHORT_BIT,
  千: LEVEL_BIT.village,
  万: LEVEL_BIT.village,
  一: LEVEL_BIT.village,
  美: LEVEL_BIT.village,
  镇: LEVEL_BIT.village,
  // Real villages and towns whose names read as a character plus a common word in a passage.
  吉余: LEVEL_BIT.village,
  为农: LEVEL_BIT.village,
  新乡: LEVEL_BIT.city | LEVEL_BIT.village | SHORT_BIT,
  小城: LEVEL_BIT.town | LEVEL_BIT.village,
  南水: LEVEL_BIT.town | LEVEL_BIT.village,
  保城: LEVEL_BIT.town | LEVEL_BIT.village,
  城: LEVEL_BIT.county | LEVEL_BIT.village,
  岱山: LEVEL_BIT.county | SHORT_BIT,
  东沙: LEVEL_BIT.town,
  惠民: LEVEL_BIT.county | SHORT_BIT,
  新: LEVEL_BIT.county | LEVEL_BIT.town | LEVEL_BIT.village,
  曹: LEVEL_BIT.village,
  曹村: LEVEL_BIT.town,
};
const places: PlaceLookup = { bits: (stem) => stems[stem] ?? 0 };

describe('detectLocalNames', () => {
  it('takes the longest stem the gazetteer knows, at the level of its suffix, so names are never cut', () => {
    const names = detectLocalNames('苏家坨镇车耳营村、七王坟村，打造出京西海淀独有的“网红村”，海淀区。', places, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 17, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28]);
    expect(names.map((n) => [n.text, n.level, n.positions])).toEqual([
      ['苏家坨镇', 'town', [0]],
      ['车耳营村', 'village', [4]],
      ['七王坟村', 'village', [9]],
      ['京西', 'region', [17]],
      ['海淀', 'county', [19]],
      ['海淀区', 'county', [30]],
    ]);
  });

  it('leaves descriptions and words that contain a name alone', () => {
    expect(detectLocalNames('建设示范村，平安吉祥，其余村民', places, [0, 2, 3, 5, 6, 8, 10, 11, 13, 15])).toEqual([]);
  });

  it('finds a one-character stem after a word or a function word', () => {
    expect(detectLocalNames('在安吉县余村考察', places, [0, 1, 4, 5, 6, 8]).map((n) => n.text)).toEqual(['安吉县', '余村']);
  });

  it('finds no place inside a 提法 (绿水青山就是金山银山 is no 金山县), however it is punctuated', () => {
    expect(detectLocalNames('绿水青山就是金山银山', places)).toEqual([]);
    expect(detectLocalNames('“绿水青山”向“金山银山”转化', places)).toEqual([]);
    expect(detectLocalNames('从“千村示范、万村整治”到“千村精品，万村美丽”', places)).toEqual([]);
    expect(detectLocalNames('“千万工程”和“浦江经验”；江山就是人民、人民就是江山；强农、美村、富民', places)).toEqual([]);
  });

  it('still finds the real places beside a 提法', () => {
    // Cut as jieba cuts it: 在|安吉县|余村|，|浙江|提出|“|绿水青山|就是|金山|银山|”|，|金山区|和|浦江|不在|其中
    const cuts = [0, 1, 4, 6, 7, 9, 11, 12, 16, 18, 20, 22, 23, 24, 27, 28, 30, 32, 34];
    const names = detectLocalNames('在安吉县余村，浙江提出“绿水青山就是金山银山”，金山区和浦江不在其中', places, cuts);
    expect(names.map((n) => [n.text, n.positions])).toEqual([
      ['安吉县', [1]],
      ['余村', [4]],
      ['浙江', [7]],
      ['金山区', [24]],
      ['浦江', [28]],
    ]);
  });

  it('leaves out a 提法 the caller adds (the writer\'s own)', () => {
    expect(detectLocalNames('浦江县的海淀模式', places).map((n) => n.text)).toEqual(['浦江县', '海淀']);
    expect(detectLocalNames('浦江县的海淀模式', places, undefined, ['海淀模式']).map((n) => n.text)).toEqual(['浦江县']);
  });

  it('counts villages without naming one: 一村一策, 千村万户, 镇村两级', () => {
    expect(detectLocalNames('坚持一村一策，千村万户，镇村定期排查', places, [0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 14, 16])).toEqual([]);
  });

  it('never starts a name inside a word: 安吉余村 is 安吉 and 余村, not 吉余村', () => {
    // Cut as jieba cuts it: 来到|安吉|余|村|考察
    expect(detectLocalNames('来到安吉余村考察', places, [0, 2, 4, 5, 6, 8]).map((n) => n.text)).toEqual(['安吉', '余村']);
    // 创新|乡村|建设, 确保|城乡建设, 江南水乡|的: the word before owns the name's first character.
    expect(detectLocalNames('创新乡村建设', places, [0, 2, 4, 6])).toEqual([]);
    expect(detectLocalNames('确保城乡建设', places, [0, 2, 6])).toEqual([]);
    expect(detectLocalNames('江南水乡的风貌', places, [0, 4, 5, 7])).toEqual([]);
    // Unless a place ends where the name starts: 岱|山东|沙|镇 is 岱山 and 东沙镇.
    expect(detectLocalNames('岱山东沙镇', places, [0, 1, 3, 4, 5]).map((n) => n.text)).toEqual(['岱山', '东沙镇']);
  });

  it('reads a character before 农村, 乡村, 城镇, 城乡 or 水乡 as no part of a name', () => {
    // 为|农村|发展, 推进|小城镇|人居, 新|乡村, 江南|水乡 (cut or not, the common word wins).
    expect(detectLocalNames('为农村发展', places, [0, 1, 3, 5])).toEqual([]);
    expect(detectLocalNames('推进小城镇人居环境整治', places, [0, 2, 5, 7, 9, 11])).toEqual([]);
    expect(detectLocalNames('为农村发展，推进小城镇，新乡村，南水乡', places)).toEqual([]);
    // 瑞安|曹|村镇: a town named for its village is a name.
    expect(detectLocalNames('瑞安曹村镇', places, [0, 2, 3, 5]).map((n) => n.text)).toEqual(['曹村镇']);
  });

  it('takes a place name that is also a common word for the word, unless a place stands beside it', () => {
    // 实施|惠民|工程, 吸引|新乡|人: benefiting the people, new villagers.
    expect(detectLocalNames('实施惠民工程', places, [0, 2, 4, 6])).toEqual([]);
    expect(detectLocalNames('吸引新乡人回村', places, [0, 2, 4, 5, 6, 7])).toEqual([]);
    expect(detectLocalNames('守江山', places, [0, 1, 3])).toEqual([]);
    expect(detectLocalNames('浙江江山', places, [0, 2, 4]).map((n) => n.text)).toEqual(['浙江', '江山']);
  });

  it('finds masks by shape, with the level of their suffix', () => {
    expect(detectLocalNames('XX镇和××县，某某局', places).map((n) => [n.text, n.kind, n.level])).toEqual([
      ['XX镇', 'mask', 'town'],
      ['××县', 'mask', 'county'],
      ['某某局', 'mask', null],
    ]);
  });
});

describe('applyLocalNames', () => {
  it('replaces every occurrence, longer names first', () => {
    expect(applyLocalNames('东沙镇成立理事会，东沙镇调解员；岱山东沙镇', { 东沙镇: '城关镇', 岱山东沙镇: '本县城关镇' })).toBe('城关镇成立理事会，城关镇调解员；本县城关镇');
  });

  it('replaces whole names only: a suffix that starts a word is no name', () => {
    expect(applyLocalNames('余村的村民，其余村民', { 余村: '我村' })).toBe('我村的村民，其余村民');
  });

  it('writes one name where adjacent names get the same replacement (京西海淀 → 青山县, not 青山县青山县)', () => {
    expect(applyLocalNames('打造出京西海淀独有的“网红村”', { 京西: '青山县', 海淀: '青山县' })).toBe('打造出青山县独有的“网红村”');
    // Different replacements, or names apart, each keep theirs.
    // A town and its village side by side are one place: the plain words keep the narrowest (我村, not
    // 我镇我村); the writer's own names keep the chain as written.
    expect(applyLocalNames('苏家坨镇车耳营村、七王坟村', { 苏家坨镇: '我镇', 车耳营村: '我村', 七王坟村: '我村' })).toBe('我村、我村');
    expect(applyLocalNames('浙江省安吉县余村的经验', { 浙江省: '我省', 安吉县: '我县', 余村: '我村' })).toBe('我村的经验');
    expect(applyLocalNames('苏家坨镇车耳营村、七王坟村', { 苏家坨镇: '青山镇', 车耳营村: '溪头村', 七王坟村: '溪头村' })).toBe('青山镇溪头村、溪头村');
    // A plain word beside the writer's own name keeps both (the own name says which).
    expect(applyLocalNames('苏家坨镇车耳营村', { 苏家坨镇: '青山镇', 车耳营村: '我村' })).toBe('青山镇我村');
    expect(applyLocalNames('海淀和京西', { 京西: '青山县', 海淀: '青山县' })).toBe('青山县和青山县');
  });
});

describe('regionLevels', () => {
  it('splits the writer\'s place into its divisions', () => {
    expect(regionLevels('青山县')).toEqual({ county: '青山县' });
    expect(regionLevels('浙江省湖州市安吉县天荒坪镇余村')).toEqual({ province: '浙江省', city: '湖州市', county: '安吉县', town: '天荒坪镇', village: '余村' });
    expect(regionLevels('北京市海淀区苏家坨镇')).toEqual({ province: '北京市', county: '海淀区', town: '苏家坨镇' });
  });
});
