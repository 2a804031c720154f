/**
 * Section markers of Chinese study essays and speeches, by level. Level 1 opens a section
 * (一、 （一） 第一，), level 2 a point inside it (一是 1、 例如1： （1）). Only at a sentence start.
 */
const LEVEL1 = /^(?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）|第[一二三四五六七八九十]{1,3}(?:[，、：]|部分))/;
const LEVEL2 = /^(?:[一二三四五六七八九十]{1,3}是|\d{1,2}、|\d{1,2}[.．](?!\d)|（\d{1,2}）|例如\d{1,2}[：:]|其[一二三四五六七八九十]，)/;

export function sectionLevel(sentence: string): 0 | 1 | 2 {
  if (LEVEL1.test(sentence)) return 1;
  if (LEVEL2.test(sentence)) return 2;
  return 0;
}

/** "（二）" opening a sentence: a work separator when the current work never had a "（一）". */
export function parenOrdinal(sentence: string): string | null {
  return /^（([一二三四五六七八九十]{1,3})）/.exec(sentence)?.[1] ?? null;
}

const HEADING_FINAL = /(意义|内容|举措|措施|要求|目标|任务|原则|贡献|成效|做法|启示|体会|思考|建议|路径|机制|经验|作用|优势|问题|方向|成果)(?![的、和与及，是在为要就也都将把被对从了着过之而等中上下。！？])/g;

/**
 * Previews lose the line break after a heading, gluing it to its paragraph:
 * "一、深入学习推广浙江经验的重大意义浙江“千万工程”起步早、…". When a marked sentence's first clause is
 * too long to be plain prose after a marker, the heading ends at the first heading-final noun
 * (意义, 内容, 举措 …) in that clause that is not part of a list ("经验、", "经验的"). Returns the
 * heading length, or 0.
 */
export function gluedHeadingLength(sentence: string): number {
  const clause = /^[^，。；！？：]*/.exec(sentence)?.[0] ?? '';
  if (clause.length < 14 || clause.length === sentence.length) return 0;
  let end = 0;
  HEADING_FINAL.lastIndex = 0;
  for (let m = HEADING_FINAL.exec(clause); m; m = HEADING_FINAL.exec(clause)) {
    const e = m.index + m[0].length;
    if (e >= 6 && e <= 40 && clause.length - e >= 4) {
      end = e;
      break;
    }
  }
  return end;
}

/**
 * A heading glued to a paragraph that starts with the heading's own subject:
 * "“千万工程”的巨大贡献“千万工程”是…". The repeat of the first 4+ characters right after a short
 * punctuation-free run marks where the heading ends. Returns the heading length, or 0.
 */
export function repeatedLeadHeadingLength(sentence: string): number {
  const lead = sentence.slice(0, 4);
  if (lead.length < 4 || /[，。；！？：、]/.test(lead)) return 0;
  for (let len = 6; len <= 24 && len + 4 <= sentence.length; len++) {
    const ch = sentence[len - 1] ?? '';
    if (/[，。；！？：]/.test(ch)) return 0;
    if (sentence.startsWith(lead, len)) return len;
  }
  return 0;
}
