/**
 * Place and organisation names and masks in a passage that a writer from another unit would change
 * (本地化): "东沙镇", "神农架林区", "海淀", "XX镇", "××县". Found by shape (an administrative suffix
 * after two to four characters, or a run of mask characters) plus names the library is known to
 * carry; the writer reviews every suggestion before anything is replaced.
 */
export interface LocalName {
  text: string;
  kind: 'place' | 'mask';
  /** Where it occurs in the passage (UTF-16 offsets), first occurrence first. */
  positions: number[];
}

const SUFFIXES = ['林区', '街道', '社区', '自治州', '省', '市', '县', '区', '镇', '乡', '村'];
// Words that end in a suffix character but are not names (农村, 城区, 社区 alone …).
const NOT_NAMES = new Set(['农村', '乡村', '城乡', '城市', '城区', '山区', '社区', '地区', '园区', '景区', '小区', '片区', '辖区', '示范区', '先行区', '全村', '各村', '本村', '该村', '村村', '全县', '全市', '全区', '全镇', '全乡', '各县', '各市', '各区', '各镇', '各乡', '乡镇', '集镇', '城镇', '市县', '县市', '省市', '行政村', '自然村', '美丽乡村', '宜居乡村', '和美乡村', '新农村', '发展村', '示范村', '重点村', '薄弱村', '帮扶村', '精品村', '未来乡村', '共富村', '强村', '富村', '兴村', '名村']);
const KNOWN = ['海淀', '岱山', '瑞安', '德清', '安吉', '余村', '神农架', '红坪'];
const MASK = /([X×Ｘ＊*]{2,}|某某)(省|市|县|区|镇|乡|村|街道|局|委|办|公司|单位)?/g;
const CJK = /[\u4e00-\u9fff]/;
// A suffix character that starts a common word is not a suffix: 乡村, 村民, 市场, 区域, 县城 …
const NOT_SUFFIX_BEFORE: Record<string, string> = { 乡: '村镇亲贤土风愁', 村: '民庄级落容委集两干镇', 市: '场民区级', 区: '域位别划', 县: '域城级委', 镇: '村级', 省: '级委内' };

export function detectLocalNames(text: string): LocalName[] {
  const found = new Map<string, LocalName>();
  const add = (name: string, kind: LocalName['kind'], at: number) => {
    const entry = found.get(name) ?? { text: name, kind, positions: [] };
    if (!entry.positions.includes(at)) entry.positions.push(at);
    found.set(name, entry);
  };
  for (const m of text.matchAll(MASK)) add(m[0], 'mask', m.index!);
  for (const suffix of SUFFIXES) {
    let at = text.indexOf(suffix);
    while (at !== -1) {
      // The shortest plausible name: two characters before the suffix (三个 for 林区/街道 names too).
      const start = at - 2;
      const follows = text[at + suffix.length] ?? '';
      if (start >= 0 && !(NOT_SUFFIX_BEFORE[suffix] ?? '').includes(follows || '\u0000')) {
        const name = text.slice(start, at + suffix.length);
        if (Array.from(name.slice(0, 2)).every((ch) => CJK.test(ch)) && !NOT_NAMES.has(name) && !NOT_NAMES.has(name.slice(1)) && !/[的是在和与为了不各每某本该全此这那个同]/.test(name[0]!)) {
          add(name, 'place', start);
        }
      }
      at = text.indexOf(suffix, at + 1);
    }
  }
  for (const name of KNOWN) {
    let at = text.indexOf(name);
    while (at !== -1) {
      const covered = [...found.values()].some((f) => f.text.includes(name) && f.positions.some((p) => p <= at && at < p + f.text.length));
      if (!covered) add(name, 'place', at);
      at = text.indexOf(name, at + 1);
    }
  }
  return [...found.values()].sort((a, b) => a.positions[0]! - b.positions[0]!);
}

/** Replaces each chosen name everywhere in the text. */
export function applyLocalNames(text: string, replacements: Record<string, string>): string {
  const names = Object.keys(replacements).filter((k) => k && replacements[k] !== undefined).sort((a, b) => b.length - a.length);
  if (names.length === 0) return text;
  const pattern = new RegExp(names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  return text.replace(pattern, (m) => replacements[m] ?? m);
}
