import { gluedHeadingLength, parenOrdinal, repeatedLeadHeadingLength, sectionLevel } from './sectionMarkers';
import { inlineTitleLength, isLineTitle, splitCollectionTitle } from './titleShapes';

export interface Segment {
  start: number;
  end: number;
  type: 'sentence' | 'heading';
  /** Section level of the marker the segment starts with (0: none). */
  level: 0 | 1 | 2;
  /** Starts a paragraph (a line of the cleaned text). */
  para: boolean;
}

export interface WorkDraft {
  title: string | null;
  /** The "（二）" a preview used to separate untitled essays. */
  ordinal: string | null;
  segments: Segment[];
}

export interface Structure {
  collectionTitle: string | null;
  works: WorkDraft[];
}

const CLOSERS = '”’」』）)】';
const MARKER_AFTER_COLON = /^(?:[一二三四五六七八九十]{1,3}[、是]|（[一二三四五六七八九十\d]{1,3}）|第[一二三四五六七八九十]|\d{1,2}、)/;

/** Sentence spans of line [s, e): ends at 。！？ (with closing quotes), and at a colon that opens a list or ends a salutation. */
export function sentenceSpans(text: string, s: number, e: number): [number, number][] {
  const spans: [number, number][] = [];
  let start = s;
  for (let i = s; i < e; i++) {
    const ch = text[i] ?? '';
    let cut = -1;
    if ('。！？!?'.includes(ch)) {
      let j = i + 1;
      while (j < e && ('。！？!?'.includes(text[j] ?? '') || CLOSERS.includes(text[j] ?? ''))) j++;
      cut = j;
    } else if (ch === '：' && (MARKER_AFTER_COLON.test(text.slice(i + 1, i + 8)) || /(同志们|各位[^，。]{0,8}|朋友们)$/.test(text.slice(Math.max(s, i - 12), i)))) {
      cut = i + 1;
    }
    if (cut < 0) continue;
    if (cut > start) spans.push([start, cut]);
    start = cut;
    i = cut - 1;
  }
  if (e > start) spans.push([start, e]);
  return spans;
}

const OPEN_END = /[^。！？!?：:；;…”’」』）)】]$/;

/**
 * A line shaped like a headline: short, no sentence punctuation, no section marker ("学习运用“千万工程”
 * 经验 扎实推进乡村全面振兴", "关于深化…的通知"). Taken as a title only where the text sets it apart: as
 * its first line, or between blank lines (a removed date or source line leaves one); only a headline set
 * apart by blank lines may have a comma ("浙江这个山村，靠“千万工程”富了起来"), a first line with one is
 * more likely the start of a wrapped paragraph.
 */
function isHeadline(line: string, commaAllowed = false): boolean {
  if (line.length < 6 || line.length > 50 || /[。！？!?；;]|[：:，,]$/.test(line) || (!commaAllowed && /[，,]/.test(line))) return false;
  return sectionLevel(line) === 0 && /[\u4e00-\u9fff]{4}/.test(line);
}

/**
 * Lines of the cleaned text, with hard-wrapped lines (old plain text, HTML split mid-sentence) joined:
 * a line that stops without sentence punctuation continues on the next, unless either is a title or
 * the line is a short marked heading ("一、总体要求").
 */
function logicalLines(text: string): [number, number][] {
  const physical: [number, number][] = [];
  const lineRe = /[^\n]+/g;
  for (let m = lineRe.exec(text); m; m = lineRe.exec(text)) {
    const s = m.index + (m[0].length - m[0].trimStart().length);
    const e = m.index + m[0].trimEnd().length;
    if (e > s) physical.push([s, e]);
  }
  const out: [number, number][] = [];
  for (const [s, e] of physical) {
    const prev = out[out.length - 1];
    if (prev) {
      const prevText = text.slice(prev[0], prev[1]);
      const line = text.slice(s, e);
      const heading = sectionLevel(prevText) > 0 && prevText.length <= 40;
      const headline = out.length === 1 && !prevText.includes('\n') && isHeadline(prevText) && (line.length >= prevText.length * 1.25 || sectionLevel(line) === 1);
      if (OPEN_END.test(prevText) && !heading && !headline && !isLineTitle(prevText) && !isLineTitle(line) && !text.slice(prev[1], s).includes('\n\n')) {
        prev[1] = e;
        continue;
      }
    }
    out.push([s, e]);
  }
  return out;
}

/** Length of the first physical line of a logical line. */
function firstLineLength(text: string, [s, e]: [number, number]): number {
  const nl = text.indexOf('\n', s);
  return (nl === -1 || nl > e ? e : nl) - s;
}

/**
 * Recovers works and their sentence/heading segments from cleaned text. Works start at title lines,
 * at titles run into the text after a sentence end, and at a "（二）" that cannot be a section number
 * because the current work never had a "（一）". Headings are short marked sentences, or the heading
 * part of a marked sentence the preview glued to its paragraph.
 */
export function recoverStructure(text: string): Structure {
  const out: Structure = { collectionTitle: null, works: [] };
  let work: WorkDraft & { sawParenOne: boolean } = { title: null, ordinal: null, segments: [], sawParenOne: false };
  const startWork = (title: string | null, ordinal: string | null): void => {
    if (work.segments.length === 0) {
      work.title = title ?? work.title;
      work.ordinal = ordinal ?? work.ordinal;
      return;
    }
    out.works.push(work);
    work = { title, ordinal, segments: [], sawParenOne: false };
  };
  const takeTitle = (t: string): void => {
    const bare = /^[（(]([一二三四五六七八九十]{1,3})[）)]$/.exec(t);
    if (bare) return startWork(null, bare[1] ?? null);
    const { collection, work: own } = splitCollectionTitle(t);
    if (collection && !out.collectionTitle && out.works.length === 0 && work.segments.length === 0) {
      const prev = work.title;
      // "关于学习…感悟" on one line and "（3篇）" on the next: one collection title.
      out.collectionTitle = prev && /^[（(【]/.test(collection) ? `${prev}${collection}` : collection;
      if (prev && /^[（(【]/.test(collection)) work.title = null;
    }
    if (own) startWork(own, null);
  };
  const push = (seg: Segment): void => {
    if (seg.end > seg.start) work.segments.push(seg);
  };

  const lines = logicalLines(text);
  lines.forEach(([s, e], i) => {
    const line = text.slice(s, e);
    if (isLineTitle(line)) return takeTitle(line);
    const blankBefore = i === 0 || text.slice(lines[i - 1]![1], s).includes('\n\n');
    const between = blankBefore && text.slice(e, lines[i + 1]?.[0] ?? text.length).includes('\n\n');
    // A first line not set apart is a headline only when clearly shorter than the line after it (the
    // first line of a wrapped paragraph is as long as the next) or followed by a section heading (一、).
    const next = lines[i + 1];
    const shortFirst = i === 0 && next !== undefined && (firstLineLength(text, next) >= line.length * 1.25 || sectionLevel(text.slice(next[0], next[1])) === 1);
    if ((between || shortFirst) && isHeadline(line, between) && work.segments.length === 0 && !line.includes('\n')) return startWork(line, null);
    let para = true;
    for (const [a0, b] of sentenceSpans(text, s, e)) {
      let a = a0;
      let sentence = text.slice(a, b);
      const titleLen = inlineTitleLength(sentence);
      if (titleLen > 0) {
        takeTitle(sentence.slice(0, titleLen));
        a += titleLen;
        sentence = sentence.slice(titleLen);
        para = true;
      }
      const ord = parenOrdinal(sentence);
      if (ord === '一') work.sawParenOne = true;
      else if (ord && !work.sawParenOne && work.segments.length > 0 && sectionLevel(sentence.slice(ord.length + 2)) === 0) {
        startWork(null, ord);
        a += ord.length + 2;
        sentence = sentence.slice(ord.length + 2);
        para = true;
      }
      const level = sectionLevel(sentence);
      // A glued paragraph is a full sentence of its own: it has a comma after the heading's end.
      const gluedAt = level > 0 ? gluedHeadingLength(sentence) : 0;
      const glued = gluedAt > 0 && sentence.slice(gluedAt).includes('，') ? gluedAt : 0;
      if (level > 0 && sentence.length <= 50 && glued === 0) {
        push({ start: a, end: b, type: 'heading', level, para });
      } else if (level > 0) {
        const g = glued;
        if (g > 0) push({ start: a, end: a + g, type: 'heading', level, para });
        push({ start: a + g, end: b, type: 'sentence', level: g > 0 ? 0 : level, para: para || g > 0 });
      } else {
        const r = repeatedLeadHeadingLength(sentence);
        if (r > 0) push({ start: a, end: a + r, type: 'heading', level: 1, para });
        push({ start: a + r, end: b, type: 'sentence', level: 0, para: para || r > 0 });
      }
      para = false;
    }
  });
  if (work.segments.length > 0 || out.works.length === 0) out.works.push(work);
  return out;
}
