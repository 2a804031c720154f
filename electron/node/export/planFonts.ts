import { fontKind, type FontKind } from '../../shared/export/fontKind';
import type { FormatProfile } from '../../shared/export/formatProfile';

/** A face of the profile this machine lacks, and what the app's PDF uses instead. */
export interface FontSubstitution {
  font: string;
  /** Null when the machine has no Chinese face of that kind at all. */
  replacement: string | null;
}

// Faces of the same kind, best first: the official face's usual stand-ins on Windows, macOS and Linux,
// then the Noto CJK faces Linux distributions ship.
const SAME_KIND: Record<FontKind, string[]> = {
  fangsong: ['仿宋_GB2312', '仿宋', 'FangSong', 'STFangsong', '华文仿宋', 'Noto Serif CJK SC', 'Source Han Serif SC', '思源宋体'],
  kaiti: ['楷体_GB2312', '楷体', 'KaiTi', 'STKaiti', '华文楷体', 'Noto Serif CJK SC', 'Source Han Serif SC', '思源宋体'],
  song: ['方正小标宋简体', '华文中宋', 'STZhongsong', '宋体', 'SimSun', 'Songti SC', 'Noto Serif CJK SC', 'Source Han Serif SC', '思源宋体'],
  hei: ['黑体', 'SimHei', 'STHeiti', '微软雅黑', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', '思源黑体', 'WenQuanYi Micro Hei', '文泉驿微米黑'],
  other: ['Noto Serif CJK SC', 'Noto Sans CJK SC'],
};
// For the Latin letters and digits: Times New Roman, then its metric twins (same widths, so lines break
// where Word breaks them), then any serif.
const LATIN_SERIF = ['Times New Roman', 'Liberation Serif', 'Tinos', 'TeX Gyre Termes', 'Nimbus Roman', 'Nimbus Roman No9 L', 'DejaVu Serif', 'Noto Serif'];

/** The Chinese faces a profile names (title, author line, body, headings, notes, page numbers). */
export function profileFonts(profile: FormatProfile): string[] {
  return [...new Set([profile.title, profile.author, profile.body, profile.heading1, profile.heading2, profile.heading3, profile.quote, profile.note, profile.pageNumber].map((s) => s.font))];
}

/**
 * Which of the profile's faces this machine lacks, each with the closest installed face of its kind
 * (仿宋/楷体/宋体 → a serif CJK face such as Noto Serif CJK SC, 黑体 → a sans one), so title, headings
 * and body stay told apart in the app's PDF. Nothing is reported when the installed fonts cannot be
 * read. A face with no installed stand-in at all is reported with none (the converter's own fallback).
 * The Latin face (Times New Roman) is planned the same way, with its metric twins first.
 */
export function planFonts(profile: FormatProfile, installed: Set<string> | null): FontSubstitution[] {
  if (!installed) return [];
  const out: FontSubstitution[] = [];
  for (const font of profileFonts(profile)) {
    if (installed.has(font)) continue;
    out.push({ font, replacement: SAME_KIND[fontKind(font)].find((f) => installed.has(f)) ?? null });
  }
  // The face of Latin letters and digits (years, figures, URLs in the notes) is the profile's too.
  if (!installed.has(profile.latinFont)) out.push({ font: profile.latinFont, replacement: LATIN_SERIF.find((f) => installed.has(f)) ?? null });
  return out;
}
