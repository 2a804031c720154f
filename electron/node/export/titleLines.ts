import { balanceTitle } from '../../shared/export/balanceTitle';
import { cutWords } from '../text/jiebaEngine';
import { PAGE_MM, type DocxPreset } from './docxPresets';

/** How many title characters fit on one line of the preset's text block. */
export function titleCharsPerLine(p: DocxPreset): number {
  return Math.floor((((PAGE_MM.width - p.marginsMm.left - p.marginsMm.right) / 25.4) * 72) / p.title.sizePt);
}

/**
 * The title's lines: one when it fits, else balanced lines broken between words (jieba), in a 梯形 or
 * 菱形 shape (GB/T 9704: 词意完整，排列对称，长短适宜); a break the writer forced (Shift+Enter) is kept.
 */
export function titleLines(title: string, p: DocxPreset): string[] {
  return balanceTitle(title, titleCharsPerLine(p), cutWords);
}
