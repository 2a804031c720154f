import type { CitationEdition } from './citationStyles';
import type { ReferencePunctuation } from './referencePunctuation';
import { isChineseText } from './referencePunctuation';

// Hanyu Pinyin syllables, to tell a pinyin name (Li Jiangning) from a Western one (Albert Einstein).
const SYLLABLES = new Set(
  (
    'a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo ci cong cou cu cuan cui cun cuo ' +
    'da dai dan dang dao de dei den deng di dia dian diao die ding diu dong dou du duan dui dun duo e ei en eng er fa fan fang fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo ' +
    'ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke ken keng kong kou ku kua kuai kuan kuang kui kun kuo ' +
    'la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu long lou lu luan lun luo lv lve lü lüe ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu ' +
    'na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nuo nv nve nü nüe o ou pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu ' +
    'qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo sa sai san sang sao se sen seng sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si song sou su suan sui sun suo ' +
    'ta tai tan tang tao te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ' +
    'ya yan yang yao ye yi yin ying yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo'
  ).split(' '),
);

/** The syllables of a pinyin word (Jiangning → jiang, ning), or null when it is not pinyin. Longest match first, with backtracking. */
export function pinyinSyllables(word: string): string[] | null {
  const w = word.toLowerCase().replace(/['’]/g, '');
  if (!/^[a-zü]+$/.test(w)) return null;
  const solve = (i: number): string[] | null => {
    if (i === w.length) return [];
    for (let len = Math.min(6, w.length - i); len >= 1; len--) {
      const s = w.slice(i, i + len);
      if (!SYLLABLES.has(s)) continue;
      const rest = solve(i + len);
      if (rest) return [s, ...rest];
    }
    return null;
  };
  return solve(0);
}

function capitalise(s: string): string {
  return s ? s[0]!.toUpperCase() + s.slice(1).toLowerCase() : s;
}

interface ParsedName {
  family: string;
  given: string[];
  pinyin: boolean;
}

/** "Einstein, Albert", "Albert Einstein", "Li Jiangning" (pinyin: family name first). */
function parseLatinName(raw: string): ParsedName {
  const name = raw.trim().replace(/\s+/g, ' ');
  if (name.includes(',')) {
    const [family, given] = name.split(',', 2).map((s) => s.trim());
    return { family: family!, given: given ? given.split(' ') : [], pinyin: !!given && given.split(' ').every((g) => pinyinSyllables(g)) && !!pinyinSyllables(family!) };
  }
  const parts = name.split(' ');
  if (parts.length >= 2 && parts.every((p) => pinyinSyllables(p))) return { family: parts[0]!, given: parts.slice(1), pinyin: true };
  return { family: parts[parts.length - 1]!, given: parts.slice(0, -1), pinyin: false };
}

/** Initials of a given name: Jean-Luc → J-L (2025) or J L (2015); a pinyin name gives one per syllable (2015). */
function initials(given: string[], pinyin: boolean, keepHyphen: boolean): string {
  const out: string[] = [];
  for (const g of given) {
    if (pinyin) {
      out.push(...(pinyinSyllables(g) ?? [g]).map((s) => s[0]!.toUpperCase()));
      continue;
    }
    const pieces = g.split('-').map((s) => s.replace(/\.$/, '')[0]?.toUpperCase() ?? '');
    if (keepHyphen) out.push(pieces.join('-'));
    else out.push(...pieces);
  }
  return out.join(' ');
}

/**
 * One name as the edition writes it. Chinese names stay as they are. 2015: the surname in capitals
 * and the given names as initials (EINSTEIN A, LI J N). 2025: surnames no longer in capitals, pinyin
 * given names written out (Li Jiangning), other given names as initials keeping their hyphen (Godard J-L).
 */
export function formatName(raw: string, edition: CitationEdition): string {
  const name = raw.trim();
  if (!name || isChineseText(name)) return name;
  const p = parseLatinName(name);
  if (edition === '2015') return [p.family.toUpperCase(), initials(p.given, p.pinyin, false)].filter(Boolean).join(' ');
  if (p.pinyin) return [capitalise(p.family), capitalise(p.given.join(''))].filter(Boolean).join(' ');
  return [p.family, initials(p.given, false, true)].filter(Boolean).join(' ');
}

/** A list of names: split at 、，；; (and spaces between Chinese names), at most three, then 等 / et al. */
export function formatNames(raw: string | null | undefined, edition: CitationEdition, punct: ReferencePunctuation): string {
  const text = raw?.trim() ?? '';
  if (!text) return '';
  const chinese = isChineseText(text);
  const names = (chinese ? text.split(/\s*[、，,；;]\s*|\s+/) : text.split(/\s*(?:;|；|&|\band\b)\s*/)).map((n) => n.trim()).filter(Boolean);
  const shown = names.slice(0, 3).map((n) => formatName(n, edition));
  if (names.length > 3) shown.push(punct.etAl);
  return shown.join(punct.comma);
}
