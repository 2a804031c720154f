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
