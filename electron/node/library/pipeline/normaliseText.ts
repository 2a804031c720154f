import type { BuildReportEntry } from './corpusTypes';
import type { MappedText } from '../../formats/MappedText';
import { junkTokenLength } from './junkToken';

const HAN = '\\u4e00-\\u9fff\\u3400-\\u4dbf';
const CN_PUNCT = '，。、；：！？“”‘’（）《》【】…—';
const CN_CONTEXT = new RegExp(`[${HAN}${CN_PUNCT}]`);
const HALF_TO_FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！' };
const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
const PINYIN_LETTER = `a-zü${TONED}`;
/** A reading in brackets after a character: 村(cūn), 衢（qú）, 振兴(zhèn xīng); tone marks or digits make it pinyin, not an acronym. */
const BRACKET_READING = new RegExp(`(?<=[${HAN}])[ \\t]?[（(][ \\t]*([${PINYIN_LETTER}]+[1-5]?(?:[ \\t'’-][${PINYIN_LETTER}]+[1-5]?){0,5})[ \\t]*[）)]`, 'g');
/** A ruby reading read as text (<ruby>绿<rt>lǜ</rt></ruby> → 绿lǜ): toned syllables glued between characters. */
const GLUED_READING = new RegExp(`(?<=[${HAN}])[${PINYIN_LETTER}]*[${TONED}][${PINYIN_LETTER}]*(?=[${HAN}${CN_PUNCT}])`, 'g');
/** A page footer copied into the middle of a line: "管护机制 - 2 - ，". */
const INLINE_PAGE_MARK = new RegExp(`(?<=[${HAN}${CN_PUNCT}])([ \\t]*)[-—–－]{1,2}([ \\t]*)\\d{1,4}([ \\t]*)[-—–－]{1,2}([ \\t]*)(?=[${HAN}${CN_PUNCT}])`, 'g');

interface Tally {
  count: number;
  before: string;
  after: string;
}

/**
 * Chinese typesetting conventions and unambiguous repairs, in the order they are applied:
 *  1. line endings to \n;
 *  2. full-width Latin letters, digits and ％＋． to half-width (they belong to numbers and Latin words);
 *  3. half-width ，；：？！ to full-width when a Chinese character or Chinese punctuation is next to it,
 *     never between two digits ("1,000", "10:30" stay); ( ) to （） around Chinese content; straight
 *     double quotes around Chinese to “ ”;
 *  4. spaces between two Chinese characters (left by old line wraps) removed; doubled ，。 collapsed;
 *  5. 一一 to —— when followed by a digit, Latin letter or an opening quote/bracket — "一一对应" stays;
 *  6. OCR letters inside numbers: O/o after two digits or between digits → 0 ("100O个" → "1000个"),
 *     l/I between digits → 1;
 *  7. a list number typed with a comma ("。7,始终坚持") → "7、" when item n−1 appears shortly before;
 *  8. an OCR artefact glued after a sentence end (see junkToken) removed;
 *  9. spaces between a number and Chinese text removed ("实施 20 年来" → "实施20年来", "99% 以上");
 * 10. a page marker inside a line ("机制 - 2 - ，") and pinyin readings after characters (村(cūn),
 *     衢（qú）, a ruby reading read as text) removed.
 * Width and punctuation conventions (2–4) are reported as one tally per rule with an example; every
 * other change is reported on its own.
 */
export function normaliseText(input: MappedText, sourceId: string): { text: MappedText; report: BuildReportEntry[] } {
  const report: BuildReportEntry[] = [];
  const tallies = new Map<string, Tally>();
  const tally = (rule: string, before: string, after: string): string => {
    const t = tallies.get(rule);
    if (t) t.count++;
    else tallies.set(rule, { count: 1, before, after });
    return after;
  };
  const each = (rule: string, t: string, at: number, before: string, after: string): string => {
    const ctx = t.slice(Math.max(0, at - 8), at);
    report.push({ sourceId, step: 'normalise', action: rule, before: ctx + before, after: ctx + after });
    return after;
  };

  // Markup left in a text file was read by the HTML parser before this step (formats/text/markupResidue).
  let x = input.replaceAll(/\r\n?/g, () => '\n');

  x = x.replaceAll(/[Ａ-Ｚａ-ｚ０-９％＋．]/g, (m) => tally('全角字母数字改半角', m[0], String.fromCharCode(m[0].charCodeAt(0) - 0xfee0)));
  x = x.replaceAll(/[,;:?!]/g, (m) => {
    const prev = x.text[m.index - 1] ?? '';
    const next = x.text[m.index + 1] ?? '';
    if (/\d/.test(prev) && /\d/.test(next)) return null;
    if (m[0] === ':' && next === '/') return null; // URLs
    if (!CN_CONTEXT.test(prev) && !CN_CONTEXT.test(next)) return null;
    return tally('中文语境半角标点改全角', m[0], HALF_TO_FULL[m[0]] ?? m[0]);
  });
  x = x.replaceAll(/\(([^()\n]{0,120})\)/g, (m) => {
    const inner = m[1] ?? '';
    const around = (x.text[m.index - 1] ?? '') + (x.text[m.index + m[0].length] ?? '');
    if (!new RegExp(`[${HAN}]`).test(inner) && !new RegExp(`[${HAN}]`).test(around)) return null;
    return tally('中文括号改全角', m[0], `（${inner}）`);
  });
  x = x.replaceAll(new RegExp(`"([^"\\n]{0,200}[${HAN}][^"\\n]{0,200})"`, 'g'), (m) => tally('中文引号改弯引号', m[0], `“${m[1] ?? ''}”`));
  x = x.replaceAll(new RegExp(`(?<=[${HAN}${CN_PUNCT}])[ \\t\\u3000\\u00a0]+(?=[${HAN}${CN_PUNCT}])`, 'g'), (m) => tally('删除汉字间空格', `${m[0]}`, ''));
  x = x.replaceAll(/([，。])\1+/g, (m) => tally('重复标点合并', m[0], m[1] ?? ''));
  // Spaced like a footer ("- 2 -", "— 3 —") or standing apart ("机制 －4－ 确保"); "——2——" run into words is not one.
  x = x.replaceAll(INLINE_PAGE_MARK, (m) => ((m[2] && m[3]) || (m[1] && m[4]) ? each('删除行内页码', x.text, m.index, m[0], '') : null));
  x = x.replaceAll(BRACKET_READING, (m) => (isReading(m[1] ?? '') ? each('删除汉字后的拼音注音', x.text, m.index, m[0], '') : null));
  x = x.replaceAll(GLUED_READING, (m) => each('删除汉字后的拼音注音', x.text, m.index, m[0], ''));
  x = x.replaceAll(new RegExp(`(?<=[${HAN}${CN_PUNCT}])[ \\t\\u3000\\u00a0]+(?=\\d)|(?<=\\d%?)[ \\t\\u3000\\u00a0]+(?=[${HAN}${CN_PUNCT}])`, 'g'), (m) => tally('删除数字与汉字间空格', m[0], ''));

  x = x.replaceAll(/一一(?=[0-9A-Za-z“"《（(【])/g, (m) => each('一一 改为破折号 ——', x.text, m.index, m[0], '——'));
  x = x.replaceAll(/(?<=\d{2})[Oo](?![A-Za-z])|(?<=\d)[Oo](?=\d)/g, (m) => each('数字中的字母 O 改为 0', x.text, m.index, m[0], '0'));
  x = x.replaceAll(/(?<=\d)[lI](?=\d)/g, (m) => each('数字中的字母 l/I 改为 1', x.text, m.index, m[0], '1'));
  x = x.replaceAll(/(?<=[。；！？])(\d{1,2})[,，](?=[\u4e00-\u9fff])/g, (m) => {
    const n = Number(m[1]);
    const window = x.text.slice(Math.max(0, m.index - 3000), m.index);
    if (n < 2 || !new RegExp(`(?:^|[。；！？\\n])${n - 1}、`).test(window)) return null;
    return each('列表序号的逗号改为顿号', x.text, m.index, m[0], `${n}、`);
  });
  const junkEdits: { start: number; end: number; insert: string }[] = [];
  const sentenceEnd = /[。！？]/g;
  for (let m = sentenceEnd.exec(x.text); m; m = sentenceEnd.exec(x.text)) {
    const len = junkTokenLength(x.text, m.index + 1, false);
    if (len === 0) continue;
    each('删除句首乱码（规则：字母数字混杂的短串）', x.text, m.index + 1, x.text.slice(m.index + 1, m.index + 1 + len), '');
    junkEdits.push({ start: m.index + 1, end: m.index + 1 + len, insert: '' });
  }
  x = x.applyEdits(junkEdits);

  for (const [rule, t] of tallies) {
    report.push({ sourceId, step: 'normalise', action: `${rule}（共 ${t.count} 处）`, before: t.before, after: t.after });
  }
  return { text: x, report };
}

/** Pinyin, not an abbreviation in brackets: a tone mark or tone digit on some syllable. */
function isReading(s: string): boolean {
  return new RegExp(`[${TONED}]|[a-zü][1-5]`).test(s);
}
