import type * as IconvModule from 'iconv-lite';
import { lazyRequire } from '../../lazyRequire';
import { toSimplified } from './toSimplified';

const iconv = lazyRequire<typeof IconvModule>('iconv-lite');

/** Per Han character (U+4E00–U+9FFF): 1 in GB2312 level 1 (rows 16–31), 2 in rows 32–55, 0 otherwise. */
let rows: Uint8Array | null = null;

/**
 * GB2312's level 1 is the 3,755 most common characters: rows 16–55 of the code table, read here from
 * iconv-lite's own GB2312 table (row by row, so the unassigned end of row 55 shifts nothing).
 */
function gb2312Rows(): Uint8Array {
  if (rows) return rows;
  const out = new Uint8Array(0x9fff - 0x4e00 + 1);
  for (let row = 16; row <= 55; row++) {
    const bytes = new Uint8Array(94 * 2);
    for (let cell = 1; cell <= 94; cell++) {
      bytes[(cell - 1) * 2] = 0xa0 + row;
      bytes[(cell - 1) * 2 + 1] = 0xa0 + cell;
    }
    for (const ch of iconv().decode(Buffer.from(bytes), 'gb2312')) {
      const c = ch.charCodeAt(0);
      if (c >= 0x4e00 && c <= 0x9fff) out[c - 0x4e00] = row < 32 ? 1 : 2;
    }
  }
  rows = out;
  return out;
}

export type MojibakeKind = 'gbk' | 'latin1' | 'replacement';

export interface MojibakeRun {
  start: number;
  end: number;
  kind: MojibakeKind;
}

/** UTF-8 read as Latin-1 or Windows-1252: a lead byte's letter followed by continuation bytes (Ã¤Â¸Â, å­¦). */
const LATIN1_PAIR = /[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/g;
const LATIN1_RUN = /[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122\ufffd]{4,}/g;
/** What a replacement character or uninitialised memory looks like once encoded and read as GBK. */
const GBK_SIGNATURES = /(?:锟斤拷)+|烫{3,}|屯{3,}|\ufffd+/g;
/** Clauses are what lies between punctuation and spaces; mojibake of CJK text has no CJK punctuation of its own. */
const CLAUSE = /[^\s，。！？；：、“”‘’（）《》【】,.;:!?()[\]<>"'|]+/g;

/**
 * Stretches of a line that are garbled text, never a guess about what they said:
 *  - UTF-8 read as GBK (鍗冧竾宸ョ▼): in a clause of eight or more Chinese characters, at least half fall
 *    outside GB2312 level 1, and almost none (≤ 10%) come from its rows 32–55 — UTF-8 never produces
 *    the bytes C0–D7 that lead those rows, while real text uses them constantly (了 人 是 在 我 中 这);
 *    rare names keep their rows-32–55 neighbours, and traditional text, once simplified, is in level 1
 *    (70% or more) where garbled text is not;
 *  - UTF-8 read as Latin-1 or Windows-1252 (Ã¤Â¸Â, å­¦ä¹ ): runs of four or more such characters with at
 *    least two lead/continuation pairs;
 *  - 锟斤拷, 烫烫烫, 屯屯屯 and U+FFFD, the replacement character, wherever they stand.
 * A line whose Chinese characters taken together look like the first kind is garbled as a whole.
 */
export function findMojibake(line: string): MojibakeRun[] {
  const runs: MojibakeRun[] = [];
  if (isGbkMojibake(line)) return [{ start: 0, end: line.length, kind: 'gbk' }];
  for (const m of line.matchAll(CLAUSE)) {
    if (isGbkMojibake(m[0])) runs.push({ start: m.index, end: m.index + m[0].length, kind: 'gbk' });
  }
  for (const m of line.matchAll(LATIN1_RUN)) {
    if ((m[0].match(LATIN1_PAIR)?.length ?? 0) >= 2) runs.push({ start: m.index, end: m.index + m[0].length, kind: 'latin1' });
  }
  for (const m of line.matchAll(GBK_SIGNATURES)) runs.push({ start: m.index, end: m.index + m[0].length, kind: 'replacement' });
  return merge(runs);
}

function isGbkMojibake(s: string): boolean {
  const raw = rowStats(s);
  if (raw.han < 8 || raw.level1 > raw.han * 0.5 || raw.upper > raw.han * 0.1) return false;
  // Traditional characters leave GB2312 as well, but their simplified forms are in it; garbled ones are not.
  const simplified = rowStats(toSimplified(s));
  return simplified.level1 < simplified.han * 0.7;
}

function rowStats(s: string): { han: number; level1: number; upper: number } {
  const table = rows ?? gb2312Rows();
  let han = 0;
  let level1 = 0;
  let upper = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x4e00 || c > 0x9fff) continue;
    han++;
    const row = table[c - 0x4e00];
    if (row) level1++;
    if (row === 2) upper++;
  }
  return { han, level1, upper };
}

/** Overlapping or touching runs as one (the first kind named). */
function merge(runs: MojibakeRun[]): MojibakeRun[] {
  runs.sort((a, b) => a.start - b.start);
  const out: MojibakeRun[] = [];
  for (const r of runs) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}
