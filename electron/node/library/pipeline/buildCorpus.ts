import { alignCopies } from './alignCopies';
import { cleanSource, type CleanedSource, type CleanOptions } from './cleanSource';
import type { BuildReportEntry, BuiltPassage, BuiltWork, CorpusBuild, PassageOccurrence, RawSourceFile } from './corpusTypes';
import { readSourceFile, readSourceFileSync, type SourceRead } from '../../formats/readSourceFile';
import { describePassage } from './describePassage';
import { groupDuplicateWorks, workRegion } from './groupDuplicateWorks';
import type { TextEdit } from '../../formats/MappedText';
import { mergeNearDuplicates } from './mergeNearDuplicates';
import { passageFlags } from './passageFlags';
import { chooseReading } from './restoreReadings';
import { passageId } from './passageId';

/**
 * The library build: raw files → clean, de-duplicated, citable passages. Synchronous for the text
 * formats (what the shipped corpus holds); .docx, .doc and .pdf readers are asynchronous, so use
 * `buildCorpusFromFiles` for those. Steps per source are in cleanSource; here the cross-source ones:
 * copies of a work share the primary copy's passages (with an occurrence in every copy), readings are
 * restored from the other copies, then passages are described and near-duplicates merged.
 */
export function buildCorpus(files: RawSourceFile[]): CorpusBuild {
  return buildFromRead(files.map((file) => ({ file, read: readSourceFileSync(file.fileName, file.bytes) })));
}

/** Any supported format, .docx and .pdf included. */
export async function buildCorpusFromFiles(files: RawSourceFile[]): Promise<CorpusBuild> {
  const read = [];
  for (const file of files) read.push({ file, read: await readSourceFile(file.fileName, file.bytes) });
  return buildFromRead(read);
}

interface Projection {
  src: number;
  work: number;
  /** Primary-clean position → copy-clean position. */
  map: (pos: number) => number;
}

/** A file already read, and how to clean it (`simplify`: see CleanOptions; omitted, the page decides). */
export interface ReadSource extends CleanOptions {
  file: RawSourceFile;
  read: SourceRead;
}

/** Files already read (an import reads each one first, to refuse a bad one by name before any work). */
export function buildFromRead(inputs: ReadSource[]): CorpusBuild {
  const t0 = performance.now();
  const sorted = [...inputs].sort((a, b) => a.file.fileName.localeCompare(b.file.fileName));
  const cleaned = sorted.map(({ file, read, simplify }) => cleanSource(file.fileName, file.bytes, read, { simplify }));
  const report: BuildReportEntry[] = cleaned.flatMap((c) => c.report);

  const restore = cleaned.map((): TextEdit[] => []);
  const projections = new Map<string, Projection[]>();
  const isCopy = new Set<string>();
  let restorations = 0;
  for (const group of groupDuplicateWorks(cleaned)) {
    const p = cleaned[group.primary.src] as CleanedSource;
    const [pa, pb] = workRegion(p, group.primary.work);
    const aText = p.clean.text.slice(pa, pb);
    for (const copy of group.copies) {
      const c = cleaned[copy.src] as CleanedSource;
      const [ca, cb] = workRegion(c, copy.work);
      const bText = c.clean.text.slice(ca, cb);
      const al = alignCopies(aText, bText);
      if (!al) continue;
      isCopy.add(`${copy.src}:${copy.work}`);
      const pw = p.works[group.primary.work];
      const cw = c.works[copy.work];
      report.push({ sourceId: c.source.id, step: 'dedupe', action: `整篇与 ${p.source.fileName} 的一篇相同：段落只存一份，两处都记为出处（${pw?.passages.length ?? 0} 段）`, before: cw?.title, after: pw?.title });
      const key = `${group.primary.src}:${group.primary.work}`;
      projections.set(key, [...(projections.get(key) ?? []), { src: copy.src, work: copy.work, map: (pos) => ca + (al.toB[Math.min(Math.max(pos - pa, 0), aText.length)] ?? 0) }]);
      for (const h of al.hunks) {
        const reading = chooseReading(aText.slice(h.aStart, h.aEnd), bText.slice(h.bStart, h.bEnd), aText.slice(h.aEnd, h.aEnd + 16));
        if (!reading) continue;
        const start = pa + h.aStart;
        if (restore[group.primary.src]?.some((e) => e.start === start)) continue;
        restore[group.primary.src]?.push({ start, end: pa + h.aEnd, insert: reading.text });
        restorations++;
        const ctx = p.clean.text.slice(Math.max(0, start - 10), start);
        report.push({ sourceId: p.source.id, step: 'restore', action: `${reading.action}（据 ${c.source.fileName}）`, before: ctx + aText.slice(h.aStart, h.aEnd), after: ctx + reading.text });
      }
    }
  }

  const works: BuiltWork[] = [];
  const byId = new Map<string, BuiltPassage>();
  let duplicatesMerged = 0;
  cleaned.forEach((c, src) => {
    const edits = [...(restore[src] ?? [])].sort((x, y) => x.start - y.start);
    const clean = c.clean.applyEdits(edits);
    const shift = (pos: number): number => {
      let out = pos;
      for (const e of edits) {
        if (e.end <= pos && e.start < pos) out += e.insert.length - (e.end - e.start);
        else break;
      }
      return out;
    };
    c.works.forEach((w, wi) => {
      works.push({ id: w.id, sourceId: c.source.id, ord: w.ord, title: w.title });
      if (isCopy.has(`${src}:${wi}`)) return;
      const copies = projections.get(`${src}:${wi}`) ?? [];
      const lastWork = wi === c.works.length - 1;
      w.passages.forEach((d, ord) => {
        const ns = shift(d.start);
        const ne = shift(d.end);
        const text = clean.text.slice(ns, ne).replace(/\s*\n\s*/g, '').trim();
        if (!text) return;
        const [start, end] = clean.originSpan(ns, ne);
        const occurrences: PassageOccurrence[] = [{ sourceId: c.source.id, workId: w.id, ord, start, end }];
        for (const pr of copies) {
          const cs = cleaned[pr.src] as CleanedSource;
          const [s2, e2] = cs.clean.originSpan(pr.map(d.start), pr.map(d.end));
          const cw = cs.works[pr.work];
          if (cw && e2 > s2) occurrences.push({ sourceId: cs.source.id, workId: cw.id, ord, start: s2, end: e2 });
        }
        duplicatesMerged += occurrences.length - 1;
        const last = ord === w.passages.length - 1;
        const incomplete = last && lastWork && c.truncated;
        const id = passageId(text);
        const existing = byId.get(id);
        if (existing) {
          existing.occurrences.push(...occurrences);
          duplicatesMerged++;
          return;
        }
        const desc = describePassage(text, { isHeading: d.isHeading, first: ord === w.passages.findIndex((x) => !x.isHeading), last: last && !incomplete });
        const garbled = c.mojibake.some(([s, e]) => s >= start && e <= end);
        byId.set(id, { id, text, heading: d.heading, kind: desc.kind, themes: desc.themes, rules: desc.rules, incomplete, flags: passageFlags(text, garbled), occurrences });
      });
    });
  });
  const before = byId.size;
  const passages = mergeNearDuplicates([...byId.values()], report);
  duplicatesMerged += before - passages.length;
  return {
    sources: cleaned.map((c) => c.source),
    works,
    passages,
    report,
    stats: {
      works: works.length,
      passages: passages.length,
      duplicatesMerged,
      restorations,
      linesRemoved: cleaned.reduce((n, c) => n + c.linesRemoved, 0),
      chunksRejoined: cleaned.reduce((n, c) => n + c.chunksRejoined, 0),
      incomplete: passages.filter((p) => p.incomplete).length,
      millis: Math.round(performance.now() - t0),
    },
  };
}
