import type { ExportPreset } from '../../shared/export/exportFormats';

// Chinese type sizes (字号) in points.
export const ZIHAO = { er: 22, san: 16, si: 14, xiaosi: 12, wu: 10.5, xiaowu: 9 } as const;

export interface FontSpec {
  /** w:eastAsia: the Chinese face. */
  eastAsia: string;
  /** w:ascii / w:hAnsi: digits and Latin. */
  latin: string;
}

export interface TextSpec {
  font: FontSpec;
  sizePt: number;
  bold?: boolean;
}

export interface DocxPreset {
  id: ExportPreset;
  marginsMm: { top: number; bottom: number; left: number; right: number };
  /** Distance of the footer's bottom edge from the page's bottom edge. */
  footerMm: number;
  headerMm: number;
  body: TextSpec;
  title: TextSpec;
  byline: TextSpec;
  heading1: TextSpec;
  heading2: TextSpec;
  heading3: TextSpec;
  quote: TextSpec;
  note: TextSpec;
  pageNumber: TextSpec & { dashes: boolean; outside: boolean };
  /** Exact line pitch in points, or a multiple of single spacing. */
  line: { exactPt: number } | { multiple: number };
  /** The 版心 grid: lines per page and characters per line (GB/T 9704: 22 × 28). */
  grid: { lines: number; chars: number } | null;
  firstLineChars: number;
  /** Widow and orphan control; off for 公文, whose pages keep all 22 lines of the grid. */
  widowControl: boolean;
}

const TNR = 'Times New Roman';
const fangsong: FontSpec = { eastAsia: '仿宋_GB2312', latin: TNR };
const kaiti: FontSpec = { eastAsia: '楷体_GB2312', latin: TNR };
const heiti: FontSpec = { eastAsia: '黑体', latin: TNR };
const songti: FontSpec = { eastAsia: '宋体', latin: TNR };

const GBT9704_MARGINS = { top: 37, bottom: 35, left: 28, right: 26 };
const A4 = { width: 210, height: 297 };

/** The 版心 height over its lines: for GB/T 9704, 225 mm / 22 = 28.95 pt, the "fixed line spacing of about 29 pt". */
function linePitchPt(margins: DocxPreset['marginsMm'], lines: number): number {
  return ((A4.height - margins.top - margins.bottom) / lines / 25.4) * 72;
}

export const PRESETS: Record<ExportPreset, DocxPreset> = {
  gbt9704: {
    id: 'gbt9704',
    marginsMm: GBT9704_MARGINS,
    // The page number's 一字线 sits 7 mm below the 版心: 35 − 7 mm, less the 4号 line's own height.
    footerMm: 23,
    headerMm: 15,
    body: { font: fangsong, sizePt: ZIHAO.san },
    title: { font: { eastAsia: '方正小标宋简体', latin: TNR }, sizePt: ZIHAO.er },
    byline: { font: kaiti, sizePt: ZIHAO.san },
    heading1: { font: heiti, sizePt: ZIHAO.san },
    heading2: { font: kaiti, sizePt: ZIHAO.san },
    heading3: { font: fangsong, sizePt: ZIHAO.san, bold: true },
    quote: { font: kaiti, sizePt: ZIHAO.san },
    note: { font: fangsong, sizePt: ZIHAO.xiaosi },
    pageNumber: { font: { eastAsia: '宋体', latin: '宋体' }, sizePt: ZIHAO.si, dashes: true, outside: true },
    line: { exactPt: linePitchPt(GBT9704_MARGINS, 22) },
    grid: { lines: 22, chars: 28 },
    firstLineChars: 2,
    widowControl: false,
  },
  plain: {
    id: 'plain',
    // Word's defaults for A4: 2.54 cm top and bottom, 3.18 cm left and right.
    marginsMm: { top: 25.4, bottom: 25.4, left: 31.8, right: 31.8 },
    footerMm: 17.5,
    headerMm: 15,
    body: { font: songti, sizePt: ZIHAO.xiaosi },
    title: { font: heiti, sizePt: ZIHAO.san, bold: false },
    byline: { font: kaiti, sizePt: ZIHAO.xiaosi },
    heading1: { font: heiti, sizePt: ZIHAO.si },
    heading2: { font: songti, sizePt: ZIHAO.xiaosi, bold: true },
    heading3: { font: songti, sizePt: ZIHAO.xiaosi, bold: true },
    quote: { font: kaiti, sizePt: ZIHAO.xiaosi },
    note: { font: songti, sizePt: ZIHAO.xiaowu },
    pageNumber: { font: songti, sizePt: ZIHAO.xiaowu, dashes: false, outside: false },
    line: { multiple: 1.5 },
    grid: null,
    firstLineChars: 2,
    widowControl: true,
  },
};

export const PAGE_MM = A4;

/**
 * Faces the presets ask for, declared in the font table with the name of a face most machines have
 * (w:altName), the GB2312 character set and the PANOSE class, so Word and WPS substitute a Chinese face
 * of the same kind (仿宋 for 仿宋_GB2312, not a Latin serif) where the official fonts are missing.
 */
export const DECLARED_FONTS: Array<{ name: string; altName?: string; panose1: string; charset: string; family: string; pitch: string }> = [
  { name: '仿宋_GB2312', altName: '仿宋', panose1: '02010609030101010101', charset: '86', family: 'modern', pitch: 'fixed' },
  { name: '楷体_GB2312', altName: '楷体', panose1: '02010609030101010101', charset: '86', family: 'modern', pitch: 'fixed' },
  { name: '方正小标宋简体', altName: '宋体', panose1: '02000000000000000000', charset: '86', family: 'script', pitch: 'fixed' },
  { name: '黑体', altName: 'SimHei', panose1: '02010609060101010101', charset: '86', family: 'modern', pitch: 'fixed' },
  { name: '宋体', altName: 'SimSun', panose1: '02010600030101010101', charset: '86', family: 'auto', pitch: 'variable' },
  { name: '仿宋', altName: 'FangSong', panose1: '02010609060101010101', charset: '86', family: 'modern', pitch: 'fixed' },
  { name: '楷体', altName: 'KaiTi', panose1: '02010609060101010101', charset: '86', family: 'modern', pitch: 'fixed' },
  { name: TNR, panose1: '02020603050405020304', charset: '00', family: 'roman', pitch: 'variable' },
];
