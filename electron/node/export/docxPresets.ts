import { A4_MM } from '../../shared/export/builtinProfiles';
import { fontKind } from '../../shared/export/fontKind';
import type { FormatProfile, Layout } from '../../shared/export/formatProfile';
import type { FontSubstitution } from './planFonts';

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

/** A unit format as the DOCX writer uses it: faces resolved (substituted for a PDF on this machine). */
export interface DocxPreset {
  layout: Layout;
  name: string;
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
  pageNumber: TextSpec;
  pageNumberStyle: FormatProfile['pageNumberStyle'];
  /** Exact line pitch in points, or a multiple of single spacing. */
  line: { exactPt: number } | { multiple: number };
  /** The 版心 grid: lines per page and characters per line (GB/T 9704: 22 × 28). */
  grid: { lines: number; chars: number } | null;
  firstLineChars: number;
  /** Widow and orphan control; off with a line grid, whose pages keep all their lines. */
  widowControl: boolean;
  authorPlace: FormatProfile['authorPlace'];
  datePlace: FormatProfile['datePlace'];
  copyTo: string;
  printedBy: string;
}

export const PAGE_MM = A4_MM;

/**
 * The writer's preset from a unit format. `substitutions` (for the app's own PDF) put an installed
 * face of the same kind where the machine lacks the official one; a heavy 小标宋 title stays bold in
 * its stand-in so the title still stands out. The DOCX a writer takes away names the official faces.
 */
export function presetFromProfile(profile: FormatProfile, substitutions: FontSubstitution[] = []): DocxPreset {
  const replace = new Map(substitutions.flatMap((s) => (s.replacement ? [[s.font, s.replacement] as const] : [])));
  const text = (spec: FormatProfile['title'], heavy = false): TextSpec => {
    const stand = replace.get(spec.font);
    return { font: { eastAsia: stand ?? spec.font, latin: replace.get(profile.latinFont) ?? profile.latinFont }, sizePt: spec.sizePt, bold: spec.bold || (heavy && !!stand && /小标宋|中宋/.test(spec.font)) };
  };
  const bottom = profile.marginsMm.bottom;
  return {
    layout: profile.layout,
    name: profile.name,
    marginsMm: profile.marginsMm,
    // The page number's 一字线 sits 7 mm below the 版心 (GB/T 9704: 35 − 7 mm, less the 4号 line's height).
    footerMm: bottom >= 30 ? bottom - 12 : Math.round(bottom * 0.69 * 10) / 10,
    headerMm: 15,
    body: text(profile.body),
    title: text(profile.title, true),
    byline: text(profile.author),
    heading1: text(profile.heading1),
    heading2: text(profile.heading2),
    heading3: text(profile.heading3),
    quote: text(profile.quote),
    note: text(profile.note),
    pageNumber: text(profile.pageNumber),
    pageNumberStyle: profile.pageNumberStyle,
    line: profile.line,
    grid: profile.grid,
    firstLineChars: profile.firstLineChars,
    widowControl: !profile.grid,
    authorPlace: profile.authorPlace,
    datePlace: profile.datePlace,
    copyTo: profile.copyTo,
    printedBy: profile.printedBy,
  };
}

const KNOWN_FONTS: Record<string, { altName?: string; panose1: string; family: string; pitch: string }> = {
  仿宋_GB2312: { altName: '仿宋', panose1: '02010609030101010101', family: 'modern', pitch: 'fixed' },
  楷体_GB2312: { altName: '楷体', panose1: '02010609030101010101', family: 'modern', pitch: 'fixed' },
  方正小标宋简体: { altName: '宋体', panose1: '02000000000000000000', family: 'script', pitch: 'fixed' },
  黑体: { altName: 'SimHei', panose1: '02010609060101010101', family: 'modern', pitch: 'fixed' },
  宋体: { altName: 'SimSun', panose1: '02010600030101010101', family: 'auto', pitch: 'variable' },
  仿宋: { altName: 'FangSong', panose1: '02010609060101010101', family: 'modern', pitch: 'fixed' },
  楷体: { altName: 'KaiTi', panose1: '02010609060101010101', family: 'modern', pitch: 'fixed' },
};
const BY_KIND = { fangsong: '仿宋', kaiti: '楷体', song: '宋体', hei: '黑体', other: '宋体' } as const;

/**
 * The faces a preset asks for, as the font table declares them: with the name of a face most
 * machines have (w:altName), the GB2312 character set and the PANOSE class, so Word and WPS substitute
 * a Chinese face of the same kind (仿宋 for 仿宋_GB2312, not a Latin serif) where the official one is missing.
 */
export function declaredFonts(p: DocxPreset): Array<{ name: string; altName?: string; panose1: string; charset: string; family: string; pitch: string }> {
  const specs = [p.body, p.title, p.byline, p.heading1, p.heading2, p.heading3, p.quote, p.note, p.pageNumber];
  const chinese = [...new Set(specs.map((s) => s.font.eastAsia))];
  const latin = [...new Set(specs.map((s) => s.font.latin))].filter((f) => !chinese.includes(f));
  return [
    ...chinese.map((name) => {
      const known = KNOWN_FONTS[name];
      if (known) return { name, ...known, charset: '86' };
      const alt = BY_KIND[fontKind(name)];
      return { name, ...(alt !== name ? { altName: alt } : {}), panose1: KNOWN_FONTS[alt]!.panose1, charset: '86', family: KNOWN_FONTS[alt]!.family, pitch: KNOWN_FONTS[alt]!.pitch };
    }),
    ...latin.map((name) => ({ name, panose1: '02020603050405020304', charset: '00', family: 'roman', pitch: 'variable' })),
  ];
}
