import { z } from 'zod';
import { CITATION_EDITIONS, NOTE_STYLES } from '../citations/citationStyles';

// A unit format profile (单位格式): how one office wants its material laid out. The three layouts
// users name (材料格式, 公文格式, 通用格式) are built-in profiles; a unit's own is saved by name, and moves
// between machines as a small JSON file (formatProfileFile).

/**
 * material: 材料格式, what 心得体会 and 研讨发言 use (author line under the title, no 版头 or 版记);
 * official: 公文格式 after GB/T 9704-2012 (署名 and 成文日期 after the text, 版记 when given);
 * plain: 通用格式, Word-like defaults for machines without the official fonts.
 */
export const LAYOUTS = ['material', 'official', 'plain'] as const;
export type Layout = (typeof LAYOUTS)[number];

/** outside: "— 1 —" on the outer side (odd pages right, even left, GB/T 9704); centre: centred; none. */
export const PAGE_NUMBER_STYLES = ['outside', 'centre', 'none'] as const;
/** Where 单位 职务 姓名 goes: centred under the title, or as the 署名 after the text. */
export const AUTHOR_PLACES = ['under-title', 'end', 'none'] as const;
/** Where the date goes: in parentheses under the author line, or as the 成文日期 after the text. */
export const DATE_PLACES = ['under-author', 'end', 'none'] as const;

const fontName = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[^\p{Cc}<>"&]+$/u);
const textSpec = z.object({ font: fontName, sizePt: z.number().min(6).max(48), bold: z.boolean() }).strict();
const mm = z.number().min(5).max(60);

export const formatProfileSchema = z
  .object({
    /** Built-in profiles have their layout's name as id; a unit's own have `u-…`. */
    id: z.string().max(40).regex(/^(material|official|plain|u-[a-z0-9]{1,36})$/),
    name: z.string().trim().min(1).max(60),
    layout: z.enum(LAYOUTS),
    marginsMm: z.object({ top: mm, bottom: mm, left: mm, right: mm }).strict(),
    /** Digits and Latin letters. */
    latinFont: fontName,
    title: textSpec,
    author: textSpec,
    body: textSpec,
    heading1: textSpec,
    heading2: textSpec,
    heading3: textSpec,
    quote: textSpec,
    note: textSpec,
    pageNumber: textSpec,
    /** Exact line pitch in points, or a multiple of single spacing. */
    line: z.union([z.object({ exactPt: z.number().min(8).max(60) }).strict(), z.object({ multiple: z.number().min(1).max(3) }).strict()]),
    /** The 版心 grid: lines per page and characters per line (GB/T 9704: 22 × 28); null for none. */
    grid: z.object({ lines: z.number().int().min(10).max(50), chars: z.number().int().min(10).max(60) }).strict().nullable(),
    firstLineChars: z.number().int().min(0).max(4),
    pageNumberStyle: z.enum(PAGE_NUMBER_STYLES),
    authorPlace: z.enum(AUTHOR_PLACES),
    datePlace: z.enum(DATE_PLACES),
    /** 版记 of a 公文 (公文格式 only): 抄送 and the 印发机关; empty for none. */
    copyTo: z.string().trim().max(200),
    printedBy: z.string().trim().max(60),
    /** What new documents start with. */
    notes: z.enum(NOTE_STYLES),
    edition: z.enum(CITATION_EDITIONS),
  })
  .strict();

export type FormatProfile = z.infer<typeof formatProfileSchema>;
export type TextSpecOf = FormatProfile['title'];
