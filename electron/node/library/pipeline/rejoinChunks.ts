import type { BuildReportEntry } from './corpusTypes';
import type { MappedText, TextEdit } from '../../formats/MappedText';
import { junkTokenLength } from './junkToken';

export interface ChunkResult {
  text: MappedText;
  report: BuildReportEntry[];
  chunksRejoined: number;
  /** True when the text was recognised as a numbered-chunk preview. */
  chunked: boolean;
}

const SENTENCE_END = /[。！？!?；;…”’」』）)】]$/;
const MARKER_RE = /(^|\n)[ \t]*(\d{1,3})、/g;

/**
 * Preview sites cut a document into numbered chunks of nearly equal length and put each on its own
 * line ("…示范效⏎2、应、在国际上…"). Such a chunk number looks exactly like a real list number, so the
 * decision is made on evidence about the whole run, not on one line:
 *  - the line-start numbers run 1, 2, 3, … (at least three of them);
 *  - the chunks are long and of regular length (each within ±40% of the median, the last excepted);
 *  - at least a third of the cuts fall where no sentence ends — a list item always follows a sentence end.
 * When the run qualifies every marker in it is removed and the two halves joined without a break; list
 * numbers inside chunks ("1、深入学习…") are untouched because they do not start a line. A scanner
 * artefact glued to a chunk start (see junkToken) goes with the marker.
 */
export function rejoinChunks(text: MappedText, sourceId: string): ChunkResult {
  const byLine = rejoinLineChunks(text, sourceId);
  return byLine.chunked ? byLine : rejoinInlineChunks(text, sourceId);
}

function rejoinLineChunks(text: MappedText, sourceId: string): ChunkResult {
  const t = text.text;
  const markers: { at: number; end: number; n: number }[] = [];
  MARKER_RE.lastIndex = 0;
  for (let m = MARKER_RE.exec(t); m; m = MARKER_RE.exec(t)) {
    const n = Number(m[2]);
    // The cut starts where the previous chunk's text ends, blank lines between chunks included.
    let at = m.index;
    while (at > 0 && /\s/.test(t[at - 1] ?? '')) at--;
    if (n === markers.length + 1) markers.push({ at, end: m.index + m[0].length, n });
  }
  if (!qualifies(t, markers)) return { text, report: [], chunksRejoined: 0, chunked: false };

  return removeMarkers(text, sourceId, markers);
}

function removeMarkers(text: MappedText, sourceId: string, markers: { at: number; end: number; n: number }[]): ChunkResult {
  const t = text.text;
  const report: BuildReportEntry[] = [];
  const edits: TextEdit[] = [];
  for (const mk of markers) {
    const junk = junkTokenLength(t, mk.end);
    edits.push({ start: mk.at, end: mk.end + junk, insert: '' });
    if (junk > 0) {
      report.push({ sourceId, step: 'chunks', action: '删除分块开头的乱码（规则：字母数字混杂的短串）', before: t.slice(mk.end, mk.end + junk) });
    }
    if (mk.n === 1) {
      report.push({ sourceId, step: 'chunks', action: '删除预览分块编号 1', before: t.slice(mk.at, mk.end).trim() });
      continue;
    }
    const before = t.slice(Math.max(0, mk.at - 12), mk.at);
    const after = t.slice(mk.end + junk, mk.end + junk + 12);
    report.push({ sourceId, step: 'chunks', action: `拼接预览分块 ${mk.n - 1}/${mk.n}`, before: `${before}⏎${t.slice(mk.at, mk.end).trim()}${after}`, after: `${before}${after}` });
  }
  return { text: text.applyEdits(edits), report, chunksRejoined: markers.length - 1, chunked: true };
}

function qualifies(t: string, markers: { at: number; end: number }[]): boolean {
  if (markers.length < 3) return false;
  const lengths: number[] = [];
  for (let i = 1; i < markers.length; i++) lengths.push((markers[i]?.at ?? 0) - (markers[i - 1]?.end ?? 0));
  const sorted = [...lengths].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  if (median < 150) return false;
  if (!lengths.every((l) => l >= median * 0.6 && l <= median * 1.4)) return false;
  let midSentence = 0;
  for (const mk of markers.slice(1)) {
    if (!SENTENCE_END.test(t.slice(0, mk.at).trimEnd())) midSentence++;
  }
  return midSentence * 3 >= markers.length - 1;
}

interface Candidate {
  /** Where the cut starts: the marker, or the line break before it when the sentence runs on. */
  at: number;
  end: number;
  n: number;
  /** No sentence (or clause of a list) ends before it: only a chunk cut puts a number there. */
  mid: boolean;
}

const INLINE_RE = /(?<![\d.])(\d{1,3})、(?!\d)/g;
const MIN_CHUNK = 120;
const MAX_CHUNK = 4000;

/**
 * A preview copied without its line breaks glues each chunk number into the text: "…久久为3、功的韧劲…".
 * Every "N、" is a candidate, wherever it stands; the chunk numbers are the run 1, 2, 3, … whose
 * distances repeat the first one (±40%, each chunk is cut at the same length) — where a list number
 * and a chunk number of the same value are both in reach, the one inside a sentence is the cut. The
 * run qualifies on the same evidence as a line-start one: three or more, long, a third or more of the
 * cuts inside a sentence. Real list numbers ("：1、先易后难；2、…", "。2、坚持治理…") follow a sentence
 * or clause end and are not in the run, so they stay.
 */
function rejoinInlineChunks(text: MappedText, sourceId: string): ChunkResult {
  const t = text.text;
  const byValue = new Map<number, Candidate[]>();
  INLINE_RE.lastIndex = 0;
  for (let m = INLINE_RE.exec(t); m; m = INLINE_RE.exec(t)) {
    let j = m.index;
    while (j > 0 && /\s/.test(t[j - 1] ?? '')) j--;
    const prev = t[j - 1] ?? '';
    const mid = j > 0 && !SENTENCE_END.test(prev) && !/[：:；;，,、]/.test(prev);
    const lineStart = j < m.index && t.slice(j, m.index).includes('\n');
    const n = Number(m[1]);
    const c: Candidate = { at: lineStart && mid ? j : m.index, end: m.index + m[0].length, n, mid };
    const list = byValue.get(n);
    if (list) list.push(c);
    else byValue.set(n, [c]);
  }
  let best: Candidate[] = [];
  // A preview starts with its first chunk, and no site cuts chunks longer than a few thousand
  // characters: the search stays small in a long document full of list numbers.
  for (const first of (byValue.get(1) ?? []).slice(0, 3)) {
    for (const second of byValue.get(2) ?? []) {
      const length = second.at - first.end;
      if (length < MIN_CHUNK || length > MAX_CHUNK) continue;
      const chain = [first, second];
      for (let n = 3; ; n++) {
        const last = chain[chain.length - 1]!;
        const reach = (byValue.get(n) ?? []).filter((c) => c.at - last.end >= length * 0.6 && c.at - last.end <= length * 1.4);
        if (reach.length === 0) break;
        reach.sort((a, b) => Number(b.mid) - Number(a.mid) || Math.abs(a.at - last.end - length) - Math.abs(b.at - last.end - length));
        chain.push(reach[0]!);
      }
      const cutsInside = chain.slice(1).filter((c) => c.mid).length;
      if (chain.length >= 3 && cutsInside * 3 >= chain.length - 1 && chain.length > best.length) best = chain;
    }
  }
  if (best.length === 0) return { text, report: [], chunksRejoined: 0, chunked: false };
  return removeMarkers(text, sourceId, best);
}
