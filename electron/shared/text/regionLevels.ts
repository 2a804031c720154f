import { PLACE_SUFFIXES, topLevel, type PlaceLevel } from './placeLevels';

const MUNICIPALITIES = ['北京市', '天津市', '上海市', '重庆市'];
const SPLIT = new RegExp(`.+?(?:${PLACE_SUFFIXES.map((s) => s.suffix).join('|')})(?=$|[^村民场区域级市县镇乡])`, 'gu');

/**
 * The writer's own place (设置 → 地区: "青山县", "浙江省湖州市安吉县天荒坪镇余村") split into its
 * divisions by their suffixes, the writer's word taken for it (their place need not be in any list).
 * A 市 after a city is a county-level city; the first 市 is a municipality or a city.
 */
export function regionLevels(region: string): Partial<Record<PlaceLevel, string>> {
  const out: Partial<Record<PlaceLevel, string>> = {};
  for (const m of region.replace(/\s+/g, '').matchAll(SPLIT)) {
    const name = m[0];
    const s = PLACE_SUFFIXES.find((p) => name.endsWith(p.suffix))!;
    let level = topLevel(s.levels)!;
    if (s.suffix === '市') level = MUNICIPALITIES.includes(name) ? 'province' : out.city || out.county ? 'county' : 'city';
    if (s.suffix === '区') level = 'county';
    if (s.suffix === '地区') level = out.county ? 'town' : 'city';
    out[level] = name;
  }
  return out;
}
