import type { MappedText, TextEdit } from '../../formats/MappedText';
import { alignCopies } from './alignCopies';
import type { BuildReportEntry } from './corpusTypes';
import { toSimplified } from './toSimplified';

/** Corner brackets are the traditional page's quotation marks; mainland text quotes with “” and ‘’. */
const QUOTES: Record<string, string> = { '「': '“', '」': '”', '『': '‘', '』': '’' };

/**
 * A page in traditional characters offered in simplified ones (OpenCC, traditional → mainland
 * simplified, with mainland quotation marks), as edits of the MappedText: every converted character
 * still maps to the traditional character it came from, so provenance points into the original, which
 * stays the source's raw text. A line whose conversion changes its length (a phrase converted as a
 * whole) is aligned with its conversion and only the differing stretches are replaced.
 */
export function simplifyText(text: MappedText, sourceId: string): { text: MappedText; report: BuildReportEntry[] } {
  const edits: TextEdit[] = [];
  const lineRe = /[^\n]+/g;
  for (let m = lineRe.exec(text.text); m; m = lineRe.exec(text.text)) {
    const line = m[0];
    const converted = toMainland(line);
    if (converted === line) continue;
    if (converted.length === line.length) {
      for (let i = 0; i < line.length; i++) if (converted[i] !== line[i]) edits.push({ start: m.index + i, end: m.index + i + 1, insert: converted[i]! });
      continue;
    }
    const al = alignCopies(line, converted, Math.max(line.length, converted.length));
    if (!al) {
      edits.push({ start: m.index, end: m.index + line.length, insert: converted });
      continue;
    }
    for (const h of al.hunks) edits.push({ start: m.index + h.aStart, end: m.index + h.aEnd, insert: converted.slice(h.bStart, h.bEnd) });
  }
  const report: BuildReportEntry[] =
    edits.length > 0 ? [{ sourceId, step: 'normalise', action: `繁体字转为简体字（共 ${edits.length} 处，原文保留繁体）`, before: text.text.slice(edits[0]!.start, edits[0]!.end), after: edits[0]!.insert }] : [];
  return { text: text.applyEdits(edits), report };
}

/** Traditional → mainland simplified characters and quotation marks (for a title or a name too). */
export function toMainland(s: string): string {
  return toSimplified(s).replace(/[「」『』]/g, (q) => QUOTES[q] ?? q);
}
