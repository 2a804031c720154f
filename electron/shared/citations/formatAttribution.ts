import type { OriginalFacts } from './formatSecondary';
import { referenceType, type ReferenceInput } from './formatReference';

function chineseDate(date: string): string {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date.trim());
  if (!m) return date.trim();
  return `${m[1]}年${m[2] ? `${Number(m[2])}月` : ''}${m[3] ? `${Number(m[3])}日` : ''}`;
}

const clean = (s: string | null | undefined) => s?.trim() || '';

/**
 * The words of a 文中注 (attribution in the text, no note), without the parentheses:
 * 《人民日报》2023年6月6日第1版 · 《求是》2023年第12期 · 习近平：《论…》，人民出版社，2022年 ·
 * 《题名》，优知文库，2023年12月6日. Unknown fields are left out.
 */
export function formatAttribution(input: ReferenceInput): string {
  const s = input.source ?? null;
  const title = clean(input.workTitle) || clean(s?.title);
  const author = clean(s?.author) || clean(s?.issuer);
  const date = clean(s?.date);
  const { type } = referenceType(s);
  if (type === 'N') {
    const page = clean(s?.newspaperPage);
    return `《${clean(s?.newspaper)}》${date ? chineseDate(date) : ''}${page ? `第${Number(page) || page}版` : ''}`;
  }
  if (type === 'J') {
    const issue = clean(s?.journalIssue);
    const year = /^\d{4}/.exec(date)?.[0] ?? '';
    return `《${clean(s?.journal)}》${year ? `${year}年` : ''}${issue ? `第${issue}期` : ''}`;
  }
  const parts = [`${author ? `${author}：` : ''}《${title}》`];
  if (type === 'M') {
    if (clean(s?.publisher)) parts.push(clean(s?.publisher));
    const year = /^\d{4}/.exec(date)?.[0];
    if (year) parts.push(`${year}年`);
  } else if (type === 'EB') {
    if (clean(s?.site)) parts.push(clean(s?.site));
    if (date) parts.push(chineseDate(date));
  } else {
    if (/〔\d{4}〕|\[\d{4}\]/.test(clean(s?.docNumber))) parts.push(clean(s?.docNumber));
    if (date) parts.push(chineseDate(date));
  }
  return parts.join('，');
}

/** A 转引 in the text: the original as far as known, then 转引自 and where it was read. */
export function formatSecondaryAttribution(original: OriginalFacts | null, readIn: string): string {
  const title = original?.title?.trim();
  return `${title ? `${original?.speaker ? `${original.speaker}：` : ''}《${title}》，` : ''}转引自${readIn}`;
}
