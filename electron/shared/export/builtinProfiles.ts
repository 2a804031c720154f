import type { FormatProfile, Layout } from './formatProfile';

// Chinese type sizes (字号) in points.
export const ZIHAO = { er: 22, san: 16, si: 14, xiaosi: 12, wu: 10.5, xiaowu: 9 } as const;

export const A4_MM = { width: 210, height: 297 } as const;

const GBT9704_MARGINS = { top: 37, bottom: 35, left: 28, right: 26 };

/** The 版心 height over its lines: for GB/T 9704, 225 mm / 22 = 28.95 pt, the "fixed line spacing of about 29 pt". */
export function gridLinePitchPt(margins: FormatProfile['marginsMm'], lines: number): number {
  return ((A4_MM.height - margins.top - margins.bottom) / lines / 25.4) * 72;
}

const spec = (font: string, sizePt: number, bold = false) => ({ font, sizePt, bold });

const GBT9704_TEXT = {
  marginsMm: GBT9704_MARGINS,
  latinFont: 'Times New Roman',
  title: spec('方正小标宋简体', ZIHAO.er),
  author: spec('楷体_GB2312', ZIHAO.san),
  body: spec('仿宋_GB2312', ZIHAO.san),
  heading1: spec('黑体', ZIHAO.san),
  heading2: spec('楷体_GB2312', ZIHAO.san),
  heading3: spec('仿宋_GB2312', ZIHAO.san, true),
  quote: spec('楷体_GB2312', ZIHAO.san),
  note: spec('仿宋_GB2312', ZIHAO.xiaosi),
  pageNumber: spec('宋体', ZIHAO.si),
  line: { exactPt: gridLinePitchPt(GBT9704_MARGINS, 22) },
  grid: { lines: 22, chars: 28 },
  firstLineChars: 2,
  pageNumberStyle: 'outside' as const,
  copyTo: '',
  printedBy: '',
  notes: 'circled' as const,
  edition: '2025' as const,
};

/**
 * The three layouts as users name them. 材料格式 takes the 公文 page (A4, 37/35/28/26 mm, 22 × 28, 3号仿宋)
 * with the author line in 3号楷体 under the title and no 版头 or 版记; 公文格式 puts 署名 and 成文日期
 * after the text (GB/T 9704-2012); 通用格式 is 宋体小四 at 1.5 lines for machines without the official fonts.
 */
export const BUILTIN_PROFILES: Record<Layout, FormatProfile> = {
  material: { id: 'material', name: '材料格式', layout: 'material', ...GBT9704_TEXT, authorPlace: 'under-title', datePlace: 'none' },
  official: { id: 'official', name: '公文格式', layout: 'official', ...GBT9704_TEXT, authorPlace: 'end', datePlace: 'end' },
  plain: {
    id: 'plain',
    name: '通用格式',
    layout: 'plain',
    // Word's defaults for A4: 2.54 cm top and bottom, 3.18 cm left and right.
    marginsMm: { top: 25.4, bottom: 25.4, left: 31.8, right: 31.8 },
    latinFont: 'Times New Roman',
    title: spec('黑体', ZIHAO.san),
    author: spec('楷体', ZIHAO.xiaosi),
    body: spec('宋体', ZIHAO.xiaosi),
    heading1: spec('黑体', ZIHAO.si),
    heading2: spec('宋体', ZIHAO.xiaosi, true),
    heading3: spec('宋体', ZIHAO.xiaosi, true),
    quote: spec('楷体', ZIHAO.xiaosi),
    note: spec('宋体', ZIHAO.xiaowu),
    pageNumber: spec('宋体', ZIHAO.xiaowu),
    line: { multiple: 1.5 },
    grid: null,
    firstLineChars: 2,
    pageNumberStyle: 'centre',
    authorPlace: 'under-title',
    datePlace: 'end',
    copyTo: '',
    printedBy: '',
    notes: 'circled',
    edition: '2025',
  },
};

export function isBuiltinProfileId(id: string): id is Layout {
  return id === 'material' || id === 'official' || id === 'plain';
}
