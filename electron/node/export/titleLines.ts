import { PAGE_MM, type DocxPreset } from './docxPresets';

/**
 * A title too long for one line breaks where the writer put a space (between 主标题 phrases), not
 * wherever the line runs out: GB/T 9704 asks for 词意完整，排列对称.
 */
export function titleLines(title: string, p: DocxPreset): string[] {
  const perLine = Math.floor((((PAGE_MM.width - p.marginsMm.left - p.marginsMm.right) / 25.4) * 72) / p.title.sizePt);
  const text = title.trim().replace(/\s+/gu, ' ');
  if (Array.from(text).length <= perLine || !text.includes(' ')) return [text];
  const lines: string[] = [];
  for (const part of text.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && Array.from(`${last} ${part}`).length <= perLine) lines[lines.length - 1] = `${last} ${part}`;
    else lines.push(part);
  }
  return lines;
}
