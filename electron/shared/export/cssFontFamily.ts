import { fontKind, type FontKind } from './fontKind';

// After the format's face: what Windows, macOS and Linux have of the same kind, so a page drawn in a
// browser (the print view, the format preview) keeps 仿宋, 楷体, 宋体 and 黑体 apart where the official
// faces are missing.
const SAME_KIND: Record<FontKind, string[]> = {
  fangsong: ['仿宋', 'FangSong', 'STFangsong', 'Noto Serif CJK SC'],
  kaiti: ['楷体', 'KaiTi', 'STKaiti', 'Noto Serif CJK SC'],
  song: ['华文中宋', 'STZhongsong', '宋体', 'SimSun', 'STSong', 'Noto Serif CJK SC'],
  hei: ['SimHei', 'STHeiti', 'Microsoft YaHei', 'Noto Sans CJK SC'],
  other: ['Noto Serif CJK SC'],
};

/** A CSS font-family for a Chinese face and the Latin face beside it, with stand-ins of the same kind. */
export function cssFontFamily(eastAsia: string, latin: string): string {
  const kind = fontKind(eastAsia);
  const generic = kind === 'hei' ? 'sans-serif' : 'serif';
  return [...new Set([latin, eastAsia, ...SAME_KIND[kind]])].map((f) => `"${f.replace(/"/g, '')}"`).concat(generic).join(', ');
}
