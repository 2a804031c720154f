import type { MappedText, TextEdit } from '../../formats/MappedText';
import type { BuildReportEntry } from './corpusTypes';
import { findInjections } from './findInjections';

/** What is left of a line once its injections are out, when it is too little to be text of its own. */
const TOO_LITTLE = 6;

/**
 * Advertising a spam mirror injected into the text it copied: inside words and titles it is cut out
 * ("千万【澳门新葡京】工程" → 千万工程), and a line that was little else (the mirror's own header, a
 * banner) goes whole. `probe` reads a line in the form the spam words are written in (simplified).
 */
export function removeInjections(text: MappedText, sourceId: string, probe: (line: string) => string = (l) => l): { text: MappedText; report: BuildReportEntry[] } {
  const edits: TextEdit[] = [];
  const report: BuildReportEntry[] = [];
  const lineRe = /[^\n]+/g;
  for (let m = lineRe.exec(text.text); m; m = lineRe.exec(text.text)) {
    const converted = probe(m[0]);
    const runs = findInjections(converted.length === m[0].length ? converted : m[0]);
    if (runs.length === 0) continue;
    let rest = m[0];
    for (const r of [...runs].reverse()) rest = rest.slice(0, r.start) + rest.slice(r.end);
    if ((rest.match(/[\u4e00-\u9fff]/g)?.length ?? 0) < TOO_LITTLE) {
      edits.push({ start: m.index, end: m.index + m[0].length, insert: '' });
      report.push({ sourceId, step: 'furniture', action: '删除整行：镜像站插入的广告', before: m[0].trim() });
      continue;
    }
    for (const r of runs) {
      edits.push({ start: m.index + r.start, end: m.index + r.end, insert: '' });
      report.push({ sourceId, step: 'furniture', action: '删除插入的广告词（镜像站）', before: m[0].slice(r.start, r.end), after: '' });
    }
  }
  return { text: text.applyEdits(edits), report };
}

/** A title or a name with the injections cut out. */
export function withoutInjections(s: string): string {
  let out = s;
  for (const r of [...findInjections(s)].reverse()) out = out.slice(0, r.start) + out.slice(r.end);
  return out.trim() || s;
}
