import { jiebaEngine } from '../text/jiebaEngine';

/** Words every essay on the topic uses: they relate nothing to anything. */
const GENERIC = new Set(['千万工程', '工程', '浙江', '经验', '学习', '工作', '发展', '推进', '坚持', '我们', '一个', '进行', '通过']);

/**
 * The key terms of a paragraph (jieba TF-IDF, dictionary shipped in the npm package): what it is
 * about, as words a reader recognises, for finding related passages.
 */
export function extractKeyTerms(text: string, count = 6): string[] {
  const engine = jiebaEngine();
  return engine.tfidf
    .extractKeywords(engine.jieba, text, count * 2)
    .map((k) => k.keyword)
    .filter((k) => Array.from(k).length >= 2 && !GENERIC.has(k) && !/^\d+$/.test(k))
    .slice(0, count);
}
