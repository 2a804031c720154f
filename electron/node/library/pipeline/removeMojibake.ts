import type { MappedText, TextEdit } from '../../formats/MappedText';
import type { BuildReportEntry } from './corpusTypes';
import { findMojibake, type MojibakeKind } from './findMojibake';

const KIND: Record<MojibakeKind, string> = {
  gbk: 'UTF-8 文字被当作 GBK 读取',
  latin1: 'UTF-8 文字被当作 Latin-1 读取',
  replacement: '替换字符与“锟斤拷”类乱码',
};

export interface MojibakeResult {
  text: MappedText;
  report: BuildReportEntry[];
  /** Raw-text regions that were left out, so the passages they were cut from can say so. */
  removed: [number, number][];
}

/** Left after the garbled runs are taken out, a line with no letter, digit or Chinese character goes too. */
const NOTHING_LEFT = /^[^\p{L}\p{N}]*$/u;

function visible(s: string): number {
  return s.replace(/\s+/g, '').length;
}

/**
 * Garbled text is left out, never kept and never guessed at: a line that is garbled as a whole (or but
 * for a few characters, under 30%) goes, otherwise each garbled stretch of it (see findMojibake). Each removal is a report entry (step
 * 'mojibake'), and its raw region is returned so the passage it was cut from is flagged.
 */
export function removeMojibake(text: MappedText, sourceId: string): MojibakeResult {
  const edits: TextEdit[] = [];
  const report: BuildReportEntry[] = [];
  const removed: [number, number][] = [];
  const lineRe = /[^\n]+/g;
  for (let m = lineRe.exec(text.text); m; m = lineRe.exec(text.text)) {
    const runs = findMojibake(m[0]);
    if (runs.length === 0) continue;
    let rest = '';
    let at = 0;
    for (const r of runs) {
      rest += m[0].slice(at, r.start);
      at = r.end;
    }
    rest += m[0].slice(at);
    // What garbling spared of a garbled line (a year, an "APP") is no text of its own either.
    const whole = NOTHING_LEFT.test(rest) || visible(rest) <= visible(m[0]) * 0.3;
    const pieces = whole ? [{ start: 0, end: m[0].length, kind: runs[0]!.kind }] : runs;
    for (const p of pieces) {
      const start = m.index + p.start;
      // A garbled line goes with its line break: a sentence wrapped around it runs on, as it did.
      const end = m.index + p.end + (whole && text.text[m.index + p.end] === '\n' ? 1 : 0);
      edits.push({ start, end, insert: '' });
      removed.push(text.originSpan(start, end));
      report.push({ sourceId, step: 'mojibake', action: `${whole ? '删除乱码行' : '删除乱码片段'}（${KIND[p.kind]}）`, before: m[0].slice(p.start, p.end) });
    }
  }
  return { text: text.applyEdits(edits), report, removed };
}
