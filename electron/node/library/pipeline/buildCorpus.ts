import { foldForSearch } from '../../../shared/text/foldForSearch';
import type { BuiltPassage, BuiltSource, BuiltWork, CorpusBuild, RawSourceFile } from './corpusTypes';
import { stableId } from './stableId';

// First slice of the library build: one passage per non-empty line of each source. The cleaning
// pipeline (issue 3) replaces the inside of this function and keeps its output shape.
export function buildCorpus(files: RawSourceFile[]): CorpusBuild {
  const sources: BuiltSource[] = [];
  const works: BuiltWork[] = [];
  const byId = new Map<string, BuiltPassage>();

  for (const file of [...files].sort((a, b) => a.fileName.localeCompare(b.fileName))) {
    const rawText = new TextDecoder('utf-8').decode(file.bytes);
    const sourceId = stableId('s', file.bytes, 12);
    const firstLine = rawText.split(/\r?\n/).find((l) => l.trim()) ?? file.fileName;
    const source: BuiltSource = {
      id: sourceId,
      fileName: file.fileName,
      rawText,
      title: firstLine.trim().replace(/\.docx?$/i, ''),
      site: null,
      date: null,
      url: null,
      docNumber: null,
      pages: null,
      author: null,
    };
    sources.push(source);
    const work: BuiltWork = { id: stableId('w', `${sourceId}:0`, 12), sourceId, ord: 0, title: source.title };
    works.push(work);

    let ord = 0;
    const lineRe = /[^\r\n]+/g;
    for (let m = lineRe.exec(rawText); m; m = lineRe.exec(rawText)) {
      const lead = m[0].length - m[0].trimStart().length;
      const text = m[0].trim();
      if (text.length < 10) continue;
      const start = m.index + lead;
      const id = stableId('p', foldForSearch(text));
      const occurrence = { sourceId, workId: work.id, ord: ord++, start, end: start + text.length };
      const existing = byId.get(id);
      if (existing) {
        existing.occurrences.push(occurrence);
        continue;
      }
      byId.set(id, { id, text, heading: null, kind: '论述', themes: [], rules: [], incomplete: false, occurrences: [occurrence] });
    }
  }
  return { sources, works, passages: [...byId.values()], report: [] };
}
