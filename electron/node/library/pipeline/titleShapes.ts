/**
 * How essay and speech titles look once a preview has run them into the text. A title names its genre
 * at the end (心得体会, 感悟, 发言材料, 讲话, 范文 …), optionally followed by an ordinal ("感悟1",
 * "心得体会（二）") or a collection count ("3篇", "【2篇文】", "（3篇5242字）"), and it carries at least two
 * words of the genre's vocabulary. A title with a collection count names the whole source.
 */
const GENRE = /(心得体会|汇编|合集|精选|学习心得|心得|体会|感悟|发言材料|交流材料|研讨材料|材料|发言稿|发言|讲话稿|讲话|讲稿|党课|范文)((?:\d+字)?范文|（[一二三四五六七八九十\d]{1,3}）|[【（(]\d+篇[^】）)]{0,8}[】）)]|\d{1,2}篇|\d(?![\d年月日万个%.]))?/g;
const VOCABULARY = /关于|学习|专题|研讨|交流|心得|体会|感悟|发言|材料|经验|讲话|范文|工程|培训|党课/g;
const COLLECTION = /[【（(]\d+篇[^】）)]{0,8}[】）)]|\d+篇(?!章)/;

function vocabularyCount(s: string): number {
  return new Set(s.match(VOCABULARY) ?? []).size;
}

/** End of the last genre word (with its suffix) in `s`, or 0. */
function lastGenreEnd(s: string): number {
  let end = 0;
  GENRE.lastIndex = 0;
  for (let m = GENRE.exec(s); m; m = GENRE.exec(s)) end = m.index + m[0].length;
  return end;
}

/** An official document's title: 关于…的通知 / 意见 / 实施方案 … */
const DOCUMENT_TITLE = /^关于.{4,70}的(?:通知|意见|实施意见|指导意见|决定|方案|实施方案|工作方案|办法|实施办法|规定|报告|通报|批复|函|请示|公告|通告|纪要|讲话)$/;

/** A whole line that is a title (no sentence punctuation, short, genre-final or a bare "（二）"/"（3篇）"). */
export function isLineTitle(line: string): boolean {
  if (line.length > 90 || /[。！？；，]/.test(line)) return false;
  if (DOCUMENT_TITLE.test(line)) return true;
  if (/^[（(【]?[一二三四五六七八九十\d]{1,3}篇?[^）)】]{0,8}[）)】]?$/.test(line)) return /篇|^（|^\(/.test(line);
  const end = lastGenreEnd(line);
  return end >= 6 && line.length - end <= 2 && vocabularyCount(line) >= 2;
}

/**
 * Length of a title run into the sentence that follows it ("…经验交流发言材料同志们：早在2003年"), or 0.
 * Only the text before the first comma-like stop is considered, and the title must be 12–90
 * characters, so ordinary sentences that mention 材料 are not cut.
 */
export function inlineTitleLength(sentence: string): number {
  const run = /^[^，。；：！？,;:]*/.exec(sentence)?.[0] ?? '';
  const end = lastGenreEnd(run);
  if (end < 12 || end > 90 || end === sentence.length) return 0;
  if (vocabularyCount(run.slice(0, end)) < 3) return 0;
  return end;
}

/**
 * Splits "浙江…发言材料【2篇文】2023年2023年学习…发言材料" into the collection title (what the source is
 * called) and the first work's own title. A doubled year is the collection's year glued to the work
 * title's year.
 */
export function splitCollectionTitle(title: string): { collection: string | null; work: string | null } {
  const m = COLLECTION.exec(title);
  if (!m) return { collection: null, work: cleanTitle(title) };
  let cut = m.index + m[0].length;
  const rest = title.slice(cut);
  const year = /^(\d{4}年)\1/.exec(rest);
  if (year) cut += (year[1] ?? '').length;
  const work = title.slice(cut).trim();
  return { collection: cleanTitle(title.slice(0, cut)), work: work.length >= 6 ? cleanTitle(work) : null };
}

/** Drops a site's sales suffix ("1400字范文") from a title. */
export function cleanTitle(title: string): string {
  return title.replace(/(?<=.{6})(\d+字)?范文$/, '').trim();
}
