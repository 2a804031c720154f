import type { z } from 'zod';
import { commonWordNames } from './commonWordNames';
import { fixedPhrases } from './fixedPhrases';
import type { localNameSchema } from './localNameSchema';
import { ownDivisionWords } from './ownDivisionWords';
import { COMMON_BIT, LEVEL_BIT, PLACE_SUFFIXES, SHORT_BIT, topLevel, type PlaceLevel } from './placeLevels';

/**
 * Place names and masks in a passage that a writer from another unit would change (本地化):
 * "苏家坨镇", "车耳营村", "海淀", "京西", "XX镇". A place is found by an administrative suffix whose
 * stem the gazetteer of China's divisions knows at that level (the longest such stem, so a name is
 * never cut at the front), or by a short name (浙江, 海淀, 京西) that stands as a word of its own; masks
 * by shape. The writer reviews every suggestion before anything is replaced.
 */
export type LocalName = z.infer<typeof localNameSchema>;

/** What the detector asks of a gazetteer: the level bits of a stem (0 when it names nothing). */
export interface PlaceLookup {
  bits(stem: string): number;
}

const MAX_STEM = 8;
const MASK = /([X×Ｘ＊*]{2,}|某某)(省|市|县|区|镇|乡|村|街道|社区|局|委|办|公司|单位)?/g;
const HAN = /^[\u3400-\u9fff]+$/;
// Words that end in a suffix and whose stem may be in the gazetteer but that name no place.
const NOT_NAMES = new Set(['农村', '乡村', '城乡', '城市', '城区', '山区', '社区', '地区', '园区', '景区', '小区', '片区', '辖区', '示范区', '先行区', '全村', '各村', '本村', '该村', '村村', '全县', '全市', '全区', '全镇', '全乡', '各县', '各市', '各区', '各镇', '各乡', '乡镇', '集镇', '城镇', '市县', '县市', '省市', '行政村', '自然村', '美丽乡村', '宜居乡村', '和美乡村', '新农村', '示范村', '重点村', '薄弱村', '帮扶村', '精品村', '未来乡村', '共富村', '强村', '富村', '兴村', '名村', '网红村', '明星村', '空心村', '专业村', '文明村', '中心村', '贫困村', '先进村', '红色村', '新区', '老区', '郊区', '矿区', '特区', '本省', '外省', '全省', '各省', '本市', '外市', '本县', '外县', '我村', '我镇', '我县', '我市', '我区', '我省', '两村', '三村', '几村', '邻村', '外村', '出村', '进村', '驻村', '包村', '下乡', '返乡', '家乡', '故乡', '他乡', '异乡', '老乡', '城关镇', '镇村', '一村', '千村', '万村', '百村']);
// Common words that end in a suffix: a name ending in one is a character or two stuck to the word (为农村,
// 小城镇, 江南水乡), never the village or town of that name the gazetteer also knows. Not 集镇 or 村镇:
// 王集镇 and 曹村镇 are towns.
const GENERIC_ENDINGS = ['农村', '乡村', '城乡', '城镇', '水乡'];
// A suffix character that starts a common word is not a suffix: 村民, 市场, 区域, 县城 …
const NOT_SUFFIX_BEFORE: Record<string, string> = { 乡: '村镇亲贤土风愁', 村: '民庄级落容委集两干镇', 市: '场民区级值', 区: '域位别划', 县: '域城级委', 镇: '村级', 省: '级委内力', 州: '长', 旗: '帜' };

interface Found {
  start: number;
  end: number;
  kind: LocalName['kind'];
  level: PlaceLevel | null;
  /** A name that is also a common word (commonWordNames, 新乡 in 新乡人): a place only beside another. */
  common?: boolean;
}

/** The suffix at `at` (longest first) that ends a name there, or null. */
function suffixAt(text: string, at: number): (typeof PLACE_SUFFIXES)[number] | null {
  for (const s of PLACE_SUFFIXES) {
    if (!text.startsWith(s.suffix, at)) continue;
    const follows = text[at + s.suffix.length] ?? '';
    if (follows && (NOT_SUFFIX_BEFORE[s.suffix] ?? '').includes(follows)) continue;
    return s;
  }
  return null;
}

function levelFor(bits: number, suffixLevels: number, suffix: string): PlaceLevel | null {
  const both = bits & suffixLevels;
  // 地区 is a prefecture (阿里地区) unless the stem is only a town's (苏家坨地区).
  if (suffix === '地区' && both & LEVEL_BIT.town && !(both & LEVEL_BIT.city)) return 'town';
  return topLevel(both);
}

// Characters after which a one-character stem may begin a name (在余村, 和余村); after any other
// single character it is the tail of a word (网红村 is no 红村).
const BEFORE_SHORT_STEM = '在和与及或到从自是对向往去来同为于的了即如';

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Where the phrases stand in `text` as [start, end) spans, matched on letters and digits alone so that
 * the punctuation a passage quotes them with (、 or ，, “ ” around each half) does not hide them.
 */
function phraseSpans(text: string, phrases: readonly string[]): [number, number][] {
  const at: number[] = [];
  let bare = '';
  for (let i = 0; i < text.length; i++)
    if (WORD_CHAR.test(text[i]!)) {
      at.push(i);
      bare += text[i];
    }
  const spans: [number, number][] = [];
  for (const phrase of phrases) {
    const p = phrase.split('').filter((c) => WORD_CHAR.test(c)).join('');
    if (!p) continue;
    for (let i = bare.indexOf(p); i !== -1; i = bare.indexOf(p, i + 1)) spans.push([at[i]!, at[i + p.length - 1]! + 1]);
  }
  return spans;
}

/**
 * `cuts` are the offsets where a segmenter (jieba) starts a word; without them every offset is one. A
 * name with a one-character stem must start on a cut after a word of two or more characters
 * (安吉县|余村) or a function word, so 网红村 is no 红村; a short name must start and end on cuts, so
 * 安吉 is not found in 平安吉祥. A longer stem may start inside a word only where a place ends (岱|山东|沙镇
 * is 岱山 and 东沙镇); elsewhere the word keeps its character and a shorter stem is tried (安吉|余|村 is
 * 余村, never 吉余村). The ends of names found count as cuts (岱山|东沙镇). Nothing inside a
 * 提法 (fixedPhrases, and the caller's `phrases`) is a name: 绿水青山就是金山银山 keeps its 金山.
 */
export function detectLocalNames(text: string, places: PlaceLookup, cuts?: readonly number[], phrases: readonly string[] = []): LocalName[] {
  const fixed = phraseSpans(text, [...fixedPhrases, ...phrases]);
  const inPhrase = (start: number, end: number) => fixed.some(([s, e]) => start < e && s < end);
  const starts = new Set<number>(cuts ?? Array.from({ length: text.length + 1 }, (_, i) => i));
  starts.add(0).add(text.length);
  const wordBefore = new Map<number, number>();
  const sorted = [...starts].sort((a, b) => a - b);
  for (let i = 1; i < sorted.length; i++) wordBefore.set(sorted[i]!, sorted[i]! - sorted[i - 1]!);
  const startsName = (at: number, stemLength: number) => {
    // Where a stem of two or more characters may start inside a word, splitsWord has decided.
    if (at === 0 || !HAN.test(text[at - 1]!) || stemLength > 1) return true;
    return starts.has(at) && ((wordBefore.get(at) ?? 1) > 1 || BEFORE_SHORT_STEM.includes(text[at - 1]!));
  };
  const found: Found[] = [];
  // A place ends at `at`: a name found before it, or a short name from a cut (岱山 before 东沙镇).
  const placeEndsAt = (at: number) => {
    if (found.some((f) => f.end === at)) return true;
    for (let len = 2; len <= Math.min(MAX_STEM, at); len++) if (starts.has(at - len) && places.bits(text.slice(at - len, at)) & SHORT_BIT) return true;
    return false;
  };
  const splitsWord = (at: number) => at > 0 && HAN.test(text[at - 1]!) && !starts.has(at) && !placeEndsAt(at);

  for (const m of text.matchAll(MASK)) {
    const s = m[2] ? PLACE_SUFFIXES.find((p) => p.suffix === m[2]) : undefined;
    found.push({ start: m.index!, end: m.index! + m[0].length, kind: 'mask', level: s ? topLevel(s.levels) : null });
  }
  for (let at = 1; at < text.length; at++) {
    const s = suffixAt(text, at);
    if (!s) continue;
    // The longest stem the gazetteer knows at this level is the name: a shorter one would cut it.
    for (let len = Math.min(MAX_STEM, at); len >= 1; len--) {
      const stem = text.slice(at - len, at);
      if (!HAN.test(stem)) continue;
      const bits = places.bits(stem);
      const level = levelFor(bits, s.levels, s.suffix);
      if (!level || splitsWord(at - len)) continue;
      const name = stem + s.suffix;
      const descriptive = level === 'village' && bits & COMMON_BIT;
      const generic = GENERIC_ENDINGS.some((g) => name.length > g.length && name.endsWith(g));
      if (!NOT_NAMES.has(name) && !descriptive && !generic && startsName(at - len, len) && !inPhrase(at - len, at + s.suffix.length)) {
        found.push({ start: at - len, end: at + s.suffix.length, kind: 'place', level, common: commonWordNames.has(name) });
        starts.add(at + s.suffix.length);
        wordBefore.set(at + s.suffix.length, 2);
      }
      break;
    }
  }
  for (const f of found) starts.add(f.start);
  for (let at = 0; at < text.length; at++) {
    if (!starts.has(at)) continue;
    for (let len = Math.min(MAX_STEM, text.length - at); len >= 2; len--) {
      if (!starts.has(at + len)) continue;
      const stem = text.slice(at, at + len);
      const bits = places.bits(stem);
      if (!(bits & SHORT_BIT) || !HAN.test(stem) || inPhrase(at, at + len)) continue;
      found.push({ start: at, end: at + len, kind: 'place', level: topLevel(bits & ~LEVEL_BIT.town & ~LEVEL_BIT.village), common: commonWordNames.has(stem) });
      break;
    }
  }
  // Where names overlap the longer one wins (海淀区 over 海淀), then the earlier.
  const kept: Found[] = [];
  for (const f of found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) if (!kept.some((g) => overlaps(f, g))) kept.push(f);
  // 浙江江山 names the county; 守江山 alone is the common word.
  const placed = kept.filter((f) => !f.common || kept.some((g) => g !== f && g.kind === 'place' && (g.end === f.start || g.start === f.end)));
  const byName = new Map<string, LocalName>();
  for (const f of placed.sort((a, b) => a.start - b.start)) {
    const name = text.slice(f.start, f.end);
    const entry = byName.get(name) ?? { text: name, kind: f.kind, level: f.level, positions: [] };
    entry.positions.push(f.start);
    byName.set(name, entry);
  }
  return [...byName.values()];
}

function overlaps(a: Found, b: Found): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Replaces each chosen name where it stands as a whole name: longer names first, and not where the
 * character after it turns its suffix into a word (其余村民 keeps its 余村). Names that stand side by
 * side are one place named from the wider division down: the same replacement twice becomes one
 * (京西海淀 → 青山县, never 青山县青山县), and a chain of the plain 我X words keeps only its narrowest
 * (苏家坨镇车耳营村 → 我村, never 我镇我村), while the writer's own names keep the chain (青山镇溪头村).
 */
export function applyLocalNames(text: string, replacements: Record<string, string>): string {
  const names = Object.keys(replacements).filter((k) => k && replacements[k] !== undefined).sort((a, b) => b.length - a.length);
  if (names.length === 0) return text;
  const pattern = new RegExp(names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  const hits: { start: number; end: number; replacement: string }[] = [];
  for (const m of text.matchAll(pattern)) {
    const name = m[0];
    const start = m.index;
    const s = PLACE_SUFFIXES.find((p) => name.endsWith(p.suffix));
    const follows = text[start + name.length] ?? '';
    if (s && follows && (NOT_SUFFIX_BEFORE[s.suffix] ?? '').includes(follows)) continue;
    hits.push({ start, end: start + name.length, replacement: replacements[name] ?? name });
  }
  let out = '';
  let at = 0;
  for (let i = 0; i < hits.length; ) {
    // A run of names side by side.
    let j = i + 1;
    while (j < hits.length && hits[j]!.start === hits[j - 1]!.end) j++;
    const run = hits.slice(i, j).map((h) => h.replacement);
    const plain = run.every((r) => OWN_WORDS.has(r));
    const kept = plain ? [run[run.length - 1]!] : run.filter((r, k) => k === 0 || r !== run[k - 1]);
    out += text.slice(at, hits[i]!.start) + kept.join('');
    at = hits[j - 1]!.end;
    i = j;
  }
  return out + text.slice(at);
}

const OWN_WORDS = new Set(Object.values(ownDivisionWords));
