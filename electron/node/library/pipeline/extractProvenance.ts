import { toSimplified } from './toSimplified';

/** Bibliographic facts a source states about itself, for GB/T 7714 references. */
export interface Provenance {
  title: string | null;
  site: string | null;
  date: string | null;
  url: string | null;
  docNumber: string | null;
  pages: number | null;
  author: string | null;
}

const DOC_EXT = /\.(docx?|pdf|pptx?|xlsx?|txt|wps|rtf)$/i;

/**
 * Reads the facts from the furniture itself (before it is removed): the file-name title line or the
 * 《…》 of the share line, the site from "请在…上搜索" or the copyright line, the upload date, document
 * number, page count and link address. Only what the text states is taken; nothing is guessed, so an
 * unknown author stays null (rendered 佚名 downstream).
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
    const value = text.length === original.length ? original.slice(m.index + m[0].indexOf(m[1]), m.index + m[0].indexOf(m[1]) + m[1].length) : m[1];
    return value.trim() || null;
  };

  const htmlTitle = first(/<title[^>]*>([^<]{1,200})<\/title>/i);
  const fileTitle = lines.slice(0, 5).find((l) => DOC_EXT.test(l) && l.length <= 120 && !/[。！？]/.test(l));
  const shareTitle = first(/《([^《》]{2,120}?)》由(?:会员|用户|网友)/);
  const rawTitle = fileTitle ?? shareTitle ?? htmlTitle;
  const title = rawTitle ? rawTitle.replace(DOC_EXT, '').replace(/\s*[-_|｜]\s*[^-_|｜]{1,20}$/, (m) => (htmlTitle === rawTitle ? '' : m)).trim() : null;

  const site =
    first(/请在([^\s,，。]{2,20}?)上搜索/) ??
    first(/<meta[^>]+og:site_name[^>]+content=["']([^"']{1,40})["']/i) ??
    first(/(?:copyright|©)[^\n]{0,30}?\d{4}(?:\s*-\s*\d{4})?\s*([^\s\d][^\n]{0,20}?)(?:网站)?版权所有/i) ??
    first(/^(?:来源|稿源)\s*[:：]\s*([^\s|｜]{2,20})/m);

  const dateMatch = /(?:上传时间|发布时间|发布日期|时间|日期)\s*[:：]\s*(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})/.exec(text);
  const date = dateMatch ? `${dateMatch[1]}-${dateMatch[2]?.padStart(2, '0')}-${dateMatch[3]?.padStart(2, '0')}` : null;

  const url =
    first(/(?:链接地址|本文链接|原文链接|文章链接|原文地址|本文地址|网址)\s*[:：]\s*(https?:\/\/[^\s<>"'，。]+)/) ??
    first(/<link[^>]+rel=["']canonical["'][^>]+href=["'](https?:\/\/[^"']+)["']/i) ??
    first(/<meta[^>]+og:url[^>]+content=["'](https?:\/\/[^"']+)["']/i);

  const pagesText = first(/页数\s*[:：]\s*(\d{1,4})/) ?? first(/(\d{1,4})页珍藏版/) ?? first(/该文档总共(\d{1,4})页/) ?? first(/共\s*(\d{1,4})\s*页/);
  const author = first(/^[（(]?(?:作者|撰稿)\s*[:：]\s*([^\s，,。|｜）)]{2,20})/m);

  return {
    title,
    site,
    date,
    url,
    docNumber: first(/文档编号\s*[:：]\s*([A-Za-z0-9-]{1,40})/),
    pages: pagesText ? Number(pagesText) : null,
    author,
  };
}
