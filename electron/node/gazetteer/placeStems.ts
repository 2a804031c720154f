import { LEVEL_BIT, SHORT_BIT, type PlaceLevel } from '../../shared/text/placeLevels';

// The official names carry the committee's name (七王坟村委会, 多福巷社区居委会) or more
// (车耳营村股份经济合作社生活区): the place is the part up to its 村 or 社区.
const VILLAGE_ENDINGS = /^(.+?)(社区居民委员会|社区居委会|村民委员会|村委会|居民委员会|居委会|嘎查委员会|委员会)$/;
const VILLAGE_CUT = /^(.+?)(村|社区|嘎查)/;

const SUFFIXES_BY_LEVEL: Record<Exclude<PlaceLevel, 'region' | 'village'>, string[]> = {
  province: ['特别行政区', '自治区', '省', '市'],
  city: ['自治州', '地区', '市', '州', '盟', '区'],
  county: ['自治县', '自治旗', '林区', '新区', '矿区', '特区', '区', '县', '市', '旗'],
  town: ['民族乡', '街道', '地区', '苏木', '镇', '乡'],
};

// The people an autonomous division is named for: 长阳土家族自治县 is called 长阳.
const PEOPLES = ['维吾尔', '土家族', '蒙古族', '朝鲜族', '哈尼族', '纳西族', '傈僳族', '景颇族', '布依族', '仡佬族', '撒拉族', '保安族', '东乡族', '裕固族', '哈萨克族', '锡伯族', '达斡尔族', '鄂温克族', '鄂伦春族', '拉祜族', '独龙族', '普米族', '阿昌族', '德昂族', '布朗族', '基诺族', '毛南族', '仫佬族', '塔吉克族', '柯尔克孜族', '苗族', '侗族', '回族', '壮族', '瑶族', '彝族', '藏族', '羌族', '满族', '傣族', '白族', '水族', '黎族', '畲族', '土族', '佤族', '怒族', '京族', '各族'];

function stripPeoples(stem: string): string {
  let rest = stem;
  for (let found = true; found; ) {
    found = false;
    for (const p of PEOPLES)
      if (rest.length > p.length && rest.endsWith(p)) {
        rest = rest.slice(0, -p.length);
        found = true;
      }
  }
  return rest;
}

export interface PlaceStem {
  stem: string;
  bits: number;
}

/**
 * The stems an official division name is found by in a passage: the name without its level's suffix
 * (东华门街道 → 东华门 for 街道), and for provinces, cities and counties also the short name the
 * division is called by alone (浙江省 → 浙江, 长阳土家族自治县 → 长阳), which `shortOk` may refuse
 * when the short name is a common word (和平区 → 和平).
 */
export function placeStems(name: string, level: Exclude<PlaceLevel, 'region'>, shortOk: (stem: string) => boolean): PlaceStem[] {
  const bit = LEVEL_BIT[level];
  if (level === 'village') {
    const m = VILLAGE_ENDINGS.exec(name);
    let stem = m ? m[1]! : (VILLAGE_CUT.exec(name)?.[1] ?? '');
    // 七王坟村委会 → 七王坟; 余村村委会 → 余 (the village is 余村); 车耳营村股份经济合作社 is cut at its 村.
    if (m) {
      const tail = /(村|社区|嘎查)$/.exec(stem);
      if (tail && stem.length > tail[0].length) stem = stem.slice(0, -tail[0].length);
    }
    return stem && isHan(stem) ? [{ stem, bits: bit }] : [];
  }
  const suffix = SUFFIXES_BY_LEVEL[level].find((s) => name.length > s.length && name.endsWith(s));
  if (!suffix) return [];
  const stem = name.slice(0, -suffix.length);
  if (!isHan(stem)) return [];
  const out: PlaceStem[] = [{ stem, bits: bit }];
  if (level === 'town') return out;
  const short = suffix.startsWith('自治') ? stripPeoples(stem) : stem;
  if (Array.from(short).length >= 2 && shortOk(short)) {
    if (short === stem) out[0]!.bits |= SHORT_BIT;
    else out.push({ stem: short, bits: bit | SHORT_BIT });
  }
  return out;
}

function isHan(s: string): boolean {
  return /^[\u3400-\u9fff]+$/.test(s);
}
