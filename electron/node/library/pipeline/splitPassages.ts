import type { Segment } from './recoverStructure';

export interface PassageDraft {
  start: number;
  end: number;
  heading: string | null;
  isHeading: boolean;
}

const MIN = 40;
const MAX = 600;
/** Past this length a passage closes at the next sentence that would take it beyond SOFT_MAX. */
const SOFT = 300;
const SOFT_MAX = 450;

function headingText(text: string, seg: Segment): string {
  return text.slice(seg.start, seg.end).replace(/[。！？：]+$/, '').trim();
}

/**
 * Groups a work's segments into passages of about 40–600 characters, cutting only between sentences:
 * at a paragraph start, at a marked point (一是, 1、, 例如1：), and when the passage would grow past its
 * size. Headings become passages of their own (they are what writers reuse most) and give the
 * following passages their heading context "一、… › 一是…". A fragment shorter than 40 characters
 * joins its neighbour in the same section.
 */
export function splitPassages(text: string, segments: Segment[]): PassageDraft[] {
  const out: PassageDraft[] = [];
  let h1: string | null = null;
  let h2: string | null = null;
  let cur: PassageDraft | null = null;
  const context = (): string | null => [h1, h2].filter(Boolean).join(' › ') || null;
  const flush = (): void => {
    if (cur) out.push(cur);
    cur = null;
  };
  for (const seg of segments) {
    const len = seg.end - seg.start;
    if (seg.type === 'heading') {
      flush();
      out.push({ start: seg.start, end: seg.end, heading: seg.level === 2 ? h1 : null, isHeading: true });
      if (seg.level === 1) {
        h1 = headingText(text, seg);
        h2 = null;
      } else h2 = headingText(text, seg);
      continue;
    }
    const c: PassageDraft | null = cur;
    const curLen = c ? c.end - c.start : 0;
    if (c && (seg.level > 0 || (seg.para && curLen >= MIN) || curLen + len > MAX || (curLen >= SOFT && curLen + len > SOFT_MAX))) flush();
    if (seg.level > 0) h2 = null;
    if (cur) (cur as PassageDraft).end = seg.end;
    else cur = { start: seg.start, end: seg.end, heading: context(), isHeading: false };
  }
  flush();
  return mergeFragments(out);
}

function mergeFragments(passages: PassageDraft[]): PassageDraft[] {
  const out: PassageDraft[] = [];
  for (let i = 0; i < passages.length; i++) {
    const p = passages[i];
    if (!p) continue;
    const next = passages[i + 1];
    if (!p.isHeading && p.end - p.start < MIN && next && !next.isHeading && next.end - p.start <= MAX) {
      next.start = p.start;
      next.heading = p.heading;
      continue;
    }
    const prev = out[out.length - 1];
    if (!p.isHeading && p.end - p.start < MIN && prev && !prev.isHeading && p.end - prev.start <= MAX) {
      prev.end = p.end;
      continue;
    }
    out.push(p);
  }
  return out;
}
