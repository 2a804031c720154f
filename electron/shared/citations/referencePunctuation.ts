import type { CitationEdition } from './citationStyles';

/** The separators of one reference entry. */
export interface ReferencePunctuation {
  /** Between the elements of an entry ("题名[M]. 北京"): half-width in both editions, with a space. */
  period: string;
  comma: string;
  colon: string;
  open: string;
  close: string;
  /** "等" or "et al." after the third name. */
  etAl: string;
}

/**
 * GB/T 7714—2025 §7: in Chinese entries "." and "[ ]" stay half-width and the other marks (，：（）)
 * are full-width, without spaces. GB/T 7714—2015 used half-width marks followed by a space throughout.
 * Entries in a Latin script keep half-width marks in both.
 */
export function referencePunctuation(edition: CitationEdition, chinese: boolean): ReferencePunctuation {
  if (edition === '2025' && chinese) return { period: '. ', comma: '，', colon: '：', open: '（', close: '）', etAl: '等' };
  return { period: '. ', comma: ', ', colon: ': ', open: '(', close: ')', etAl: chinese ? '等' : 'et al.' };
}

/** Han characters: the entry is a Chinese one. */
export function isChineseText(s: string): boolean {
  return /[\u3400-\u9fff]/.test(s);
}
