import { normaliseDate } from '../../formats/normaliseDate';
import type { SourceMeta } from '../../formats/SourceMeta';
import { toSimplified } from './toSimplified';

/** Bibliographic facts a source's text states about itself, for GB/T 7714 references. */
export type Provenance = Pick<SourceMeta, 'title' | 'site' | 'date' | 'url' | 'docNumber' | 'author' | 'issuer' | 'newspaper' | 'newspaperPage' | 'journal' | 'journalIssue'> & {
  pages: number | null;
};

const DOC_EXT = /\.(docx?|pdf|pptx?|xlsx?|txt|wps|rtf)$/i;

/**
 * Reads the facts from the text itself, furniture included (before it is removed): the file-name
 * title line or the 《…》 of a share line, the site from "请在…上搜索", the copyright line or 来源：, the
 * date from 上传时间/发布时间 or a dated source line, the author or 记者, a newspaper's 第N版, a journal's
 * issue, a document number such as 浙政发〔2023〕12号, the page count and link address. Only what the
 * text states is taken; nothing is guessed, so an unknown author stays null.
 */
export function extractProvenance(rawText: string): Provenance {
  const original = rawText.replace(/\r/g, '');
  // Labels (上傳時間, 頁數 …) are matched in simplified form; titles and names keep their characters.
  const text = toSimplified(original);
  const lines = original.split('\n').map((l) => l.trim()).filter(Boolean);
  const first = (re: RegExp): string | null => {
    const m = re.exec(text);
    if (!m?.[1]) return null;
    // Same offsets in the original when the conversion kept the length (it is per character here).
    const at = m.index + m[0].indexOf(m[1]);
    const value = text.length === original.length ? original.slice(at, at + m[1].length) : m[1];
    return value.trim() || null;
  };

  const fileTitle = lines.slice(0, 5).find((l) => DOC_EXT.test(l) && l.length <= 120 && !/[。！？]/.test(l));
  const shareTitle = first(/《([^《》]{2,120}?)》由(?:会员|用户|网友)/);
  const rawTitle = fileTitle ?? shareTitle;
  const title = rawTitle ? rawTitle.replace(DOC_EXT, '').trim() : null;

  const site =
    first(/请在([^\s,，。]{2,20}?)上搜索/) ??
    first(/(?:copyright|©)[^\n]{0,30}?\d{4}(?:\s*-\s*\d{4})?\s*([^\s\d][^\n]{0,20}?)(?:网站)?版权所有/i) ??
    first(/(?:^|\s)(?:来源|稿源|文章来源|信息来源)\s*[:：]\s*([^\s|｜\d][^\s|｜]{1,19})/m);

  const labelled = /(?:上传时间|发布时间|发布日期|发表时间|更新时间|时间|日期)\s*[:：]\s*(\d{4}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2})/.exec(text);
  // News pages print "2023-06-05 08:00:00 来源：新华网" with no label before the date.
  const sourceLine = /(?:^|\n)[^\n]{0,40}?(\d{4}[-年/.]\d{1,2}[-月/.]\d{1,2}日?)[^\n]{0,30}?(?:来源|稿源|作者|编辑)\s*[:：]/.exec(text);
  const date = normaliseDate(labelled?.[1] ?? sourceLine?.[1] ?? null);

  const url =
    first(/(?:链接地址|本文链接|原文链接|文章链接|原文地址|本文地址|网址)\s*[:：]\s*(https?:\/\/[^\s<>"'，。]+)/);

  const pagesText = first(/页数\s*[:：]\s*(\d{1,4})/) ?? first(/(\d{1,4})页珍藏版/) ?? first(/该文档总共(\d{1,4})页/) ?? first(/共\s*(\d{1,4})\s*页/);
  const author =
    first(/^[（(【]?\s*(?:作者|撰稿|撰文)\s*[:：|｜]\s*([^\s，,。|｜）)】]{2,20})/m) ??
    // 记者 names a reporter after an outlet (本报记者张明), a colon, a space or an opening bracket
    // (（记者张三、李四）), never in a phrase (记者深入基层).
    first(/(?:^|[\s（(])(?:(?:本报|新华社|人民网)记者\s*[:：]?\s*|记者\s*[:：]\s*|记者\s+|(?<=[（(])记者)([\u4e00-\u9fff]{2,4}(?:[、，\s][\u4e00-\u9fff]{2,4}){0,3})(?=[\s）)]|$)/m);

  // 人民日报 2023年06月06日 第 01 版 — a newspaper's name, date and page, as its web edition prints them.
  const paper = /《?\s*([\u4e00-\u9fff]{2,8}(?:日报|晚报|早报|时报|报))\s*》?\s*[（(]?\s*(\d{4}年\d{1,2}月\d{1,2}日)?\s*(?:[\s，,]*)第\s*0*(\d{1,3})\s*版/.exec(text);
  const journalIssue = /《\s*(求是|[\u4e00-\u9fff]{2,10}(?:杂志|学刊|学报|研究|论坛))\s*》\s*(\d{4})\s*年\s*第\s*(\d{1,2})\s*期/.exec(text);

  return {
    title,
    site,
    date: date ?? (paper?.[2] ? normaliseDate(paper[2]) : null),
    url,
    // A document's own number stands in its header, above the text; one cited further down is another document's.
    docNumber:
      first(/(?:文号|发文字号)\s*[:：]\s*([\u4e00-\u9fff]{1,10}[〔[［(（]\d{4}[〕\]］)）]\d{1,4}号)/) ??
      /([\u4e00-\u9fff]{1,10}[〔[［(（]\d{4}[〕\]］)）]\d{1,4}号)/.exec(lines.slice(0, 8).join('\n'))?.[1] ??
      first(/文档编号\s*[:：]\s*([A-Za-z0-9-]{1,40})/),
    pages: pagesText ? Number(pagesText) : null,
    author,
    newspaper: paper?.[1] ?? null,
    newspaperPage: paper?.[3] ? `${Number(paper[3])}` : null,
    journal: journalIssue?.[1] ?? null,
    journalIssue: journalIssue ? String(Number(journalIssue[3])) : null,
    // A government page's issuing body (发布机构 / 发文机关): a document's responsible body.
    issuer: first(/(?:发布机构|发文机关|发文单位|成文单位)\s*[:：]\s*([^\s，,。|｜]{2,30})/),
  };
}
