import { coverWords } from './coverWords';
import { STRONG_SPAM, WEAK_SPAM } from './spamWords';

const STRONG = new RegExp(
  [...STRONG_SPAM]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|'),
  'gi',
);
const WEAK = [...WEAK_SPAM, ...STRONG_SPAM].map((w) => w.toLowerCase()).sort((a, b) => b.length - a.length);
const SPAM_WORDS = new Set(WEAK);
/** Glue between the words of an injection: sums (88元, 1.5万), addresses (xpj888.com), separators. */
const FILLER = /^(?:\d+(?:\.\d+)?[万元]*|[A-Za-z0-9.:/_-]+|[\s|｜_·•\-—]+)/;
const FILLER_END = /(?:\d+(?:\.\d+)?[万元]*|[A-Za-z0-9.:/_-]+|[\s|｜_·•\-—]+)$/;
const SEPARATOR = /[\s|｜_·•\-—]/;
const CLOSE: Record<string, string> = { '【': '】', '[': ']', '（': '）', '(': ')', '〖': '〗', '《': '》' };
const OPEN: Record<string, string> = Object.fromEntries(Object.entries(CLOSE).map(([o, c]) => [c, o]));

/** A bracketed group at the start of `s` ("【官方网站】") whose inside is nothing but spam words, or ''. */
function spamBracketAfter(s: string): string {
  const close = CLOSE[s[0] ?? ''];
  const end = close ? s.indexOf(close) : -1;
  return end > 1 && coverWords(s.slice(1, end), SPAM_WORDS) ? s.slice(0, end + 1) : '';
}

function spamBracketBefore(s: string): string {
  const open = OPEN[s[s.length - 1] ?? ''];
  const start = open ? s.lastIndexOf(open) : -1;
  return start >= 0 && start < s.length - 2 && coverWords(s.slice(start + 1, -1), SPAM_WORDS) ? s.slice(start) : '';
}

/**
 * Where advertising injected by a spam mirror stands in a line: every strong spam word (overlapping
 * ones too: 彩票注册 and 注册送 in 彩票注册送), grown over the weak words, sums, addresses, separators
 * and all-spam brackets beside it, and over the brackets that hold it ("千万【澳门新葡京】工程" →
 * 【澳门新葡京】, "乡村振兴彩票注册送88元" → 彩票注册送88元, "经验_澳门新葡京【官方网站】" → all after 经验).
 */
export function findInjections(line: string): { start: number; end: number }[] {
  const seeds: { start: number; end: number }[] = [];
  STRONG.lastIndex = 0;
  for (let m = STRONG.exec(line); m; m = STRONG.exec(line)) {
    seeds.push({ start: m.index, end: m.index + m[0].length });
    STRONG.lastIndex = m.index + 1;
  }
  const out: { start: number; end: number }[] = [];
  for (const seed of seeds) {
    let { start, end } = seed;
    const last = out[out.length - 1];
    if (last && start <= last.end) ({ start } = last);
    for (let grew = true; grew; ) {
      grew = false;
      const before = line.slice(0, start);
      const lower = before.toLowerCase();
      const w = WEAK.find((x) => lower.endsWith(x)) ?? (spamBracketBefore(before) || FILLER_END.exec(before)?.[0]);
      if (w) {
        start -= w.length;
        grew = true;
      }
      const after = line.slice(end);
      const lowerAfter = after.toLowerCase();
      const v = WEAK.find((x) => lowerAfter.startsWith(x)) ?? (spamBracketAfter(after) || FILLER.exec(after)?.[0]);
      if (v) {
        end += v.length;
        grew = true;
      }
    }
    // Separators at the edges belong to the text around, unless the injection ends the line ("经验_澳门新葡京官网").
    while (start < end && SEPARATOR.test(line[start]!)) start++;
    while (end > start && SEPARATOR.test(line[end - 1]!)) end--;
    if (!line.slice(end).trim()) while (start > 0 && SEPARATOR.test(line[start - 1]!)) start--;
    else if (!line.slice(0, start).trim()) while (end < line.length && SEPARATOR.test(line[end]!)) end++;
    const open = line[start - 1] ?? '';
    if (CLOSE[open] && line[end] === CLOSE[open]) {
      start--;
      end++;
    }
    if (last && start <= last.end) {
      last.start = Math.min(last.start, start);
      last.end = Math.max(last.end, end);
    } else out.push({ start, end });
  }
  return out;
}
