/**
 * A list number opening a passage (1、 １、 1. 1） （1） 一、 （一） ①), with the spaces around it. Not one
 * that starts a range or a decimal ("3、4月份", "1.5亿元", "一、二级公路"), and not 一是 or 第一，, which
 * are words of the sentence.
 */
const ENUMERATOR = /^\s*(?:[\d０-９]{1,3}\s*[、.．](?![\d０-９一二三四五六七八九十])|[\d０-９]{1,3}[)）]|[（(][\d０-９]{1,3}[)）]|[一二三四五六七八九十]{1,3}\s*、(?![一二三四五六七八九十\d０-９])|[（(][一二三四五六七八九十]{1,3}[)）]|[①-⑳])\s*/u;

/**
 * The words of a passage as a writer quotes or adapts them: without the list number the source
 * numbered it with (its "5、" belongs to the source's list, not inside the writer's “ ”). The text
 * as it is when nothing follows the number.
 */
export function withoutEnumerator(text: string): string {
  const m = ENUMERATOR.exec(text);
  if (!m || m[0].length === text.length) return text;
  return text.slice(m[0].length);
}
