import { countWords, type WordCount } from './countWords';

export interface DocumentCount extends WordCount {
  /** 段落数: blocks holding some text (an empty line between paragraphs is not a paragraph). */
  paragraphs: number;
}

/**
 * The counts of WPS's 字数统计 for a document given one block per line (the editor's plain-text
 * view): the line breaks between blocks separate words but are not characters.
 */
export function countDocument(text: string): DocumentCount {
  const lines = text.split('\n');
  const count = countWords(text);
  const breaks = lines.length - 1;
  const paragraphs = lines.filter((line) => /\S/u.test(line.replace(/\u3000/g, ' '))).length;
  return { ...count, charsWithSpaces: count.charsWithSpaces - breaks, paragraphs };
}
