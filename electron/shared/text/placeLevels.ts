/**
 * The levels of China's administrative divisions a place name can belong to, as bits (a stem such as
 * 朝阳 names a district, a town and many villages at once), and the suffixes that name each level.
 * Shared by the gazetteer build (which strips these suffixes to index stems) and the detector (which
 * finds a suffix in a passage and asks the gazetteer about the stem before it).
 */
export const PLACE_LEVELS = ['province', 'city', 'county', 'town', 'village', 'region'] as const;
export type PlaceLevel = (typeof PLACE_LEVELS)[number];

export const LEVEL_BIT: Record<PlaceLevel, number> = { province: 1, city: 2, county: 4, town: 8, village: 16, region: 32 };
/** The stem may stand alone for the place (浙江, 海淀, 安吉, 京西): never set for towns and villages. */
export const SHORT_BIT = 64;
/** A village stem that is also a common word (示范, 先进, 发展): X村 is more often a description than a name. */
export const COMMON_BIT = 128;

/** Longest first: 自治区 before 区, 民族乡 before 乡. */
export const PLACE_SUFFIXES: readonly { suffix: string; levels: number }[] = [
  { suffix: '特别行政区', levels: LEVEL_BIT.province },
  { suffix: '自治区', levels: LEVEL_BIT.province },
  { suffix: '自治州', levels: LEVEL_BIT.city },
  { suffix: '自治县', levels: LEVEL_BIT.county },
  { suffix: '自治旗', levels: LEVEL_BIT.county },
  { suffix: '民族乡', levels: LEVEL_BIT.town },
  { suffix: '林区', levels: LEVEL_BIT.county },
  { suffix: '新区', levels: LEVEL_BIT.county },
  { suffix: '矿区', levels: LEVEL_BIT.county },
  { suffix: '特区', levels: LEVEL_BIT.county },
  { suffix: '地区', levels: LEVEL_BIT.city | LEVEL_BIT.town },
  { suffix: '街道', levels: LEVEL_BIT.town },
  { suffix: '苏木', levels: LEVEL_BIT.town },
  { suffix: '社区', levels: LEVEL_BIT.village },
  { suffix: '嘎查', levels: LEVEL_BIT.village },
  { suffix: '省', levels: LEVEL_BIT.province },
  { suffix: '市', levels: LEVEL_BIT.province | LEVEL_BIT.city | LEVEL_BIT.county },
  { suffix: '州', levels: LEVEL_BIT.city },
  { suffix: '盟', levels: LEVEL_BIT.city },
  { suffix: '县', levels: LEVEL_BIT.county },
  { suffix: '区', levels: LEVEL_BIT.city | LEVEL_BIT.county },
  { suffix: '旗', levels: LEVEL_BIT.county },
  { suffix: '镇', levels: LEVEL_BIT.town },
  { suffix: '乡', levels: LEVEL_BIT.town },
  { suffix: '村', levels: LEVEL_BIT.village },
];

/** The level a name is taken as when its stem fits several: the larger division. */
export function topLevel(bits: number): PlaceLevel | null {
  for (const level of PLACE_LEVELS) if (bits & LEVEL_BIT[level]) return level;
  return null;
}

/** The suffix a name ends with (longest first), or null. */
export function placeSuffixOf(name: string): { suffix: string; levels: number } | null {
  return PLACE_SUFFIXES.find((s) => name.length > s.suffix.length && name.endsWith(s.suffix)) ?? null;
}
