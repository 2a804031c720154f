import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { MappedText } from '../../../formats/MappedText';
import { markupResidue } from '../../../formats/text/markupResidue';
import { foldSearchText } from '../../../../shared/search/foldSearchText';
import { alignCopies } from '../alignCopies';
import type { BuiltPassage, CorpusBuild, RawSourceFile } from '../corpusTypes';

const FIXTURES = path.join(__dirname, 'fixtures');

export function fixture(name: string): RawSourceFile {
  return { fileName: name, bytes: fs.readFileSync(path.join(FIXTURES, name)) };
}

/** Letters, digits and Chinese characters only, width, case and traditional forms folded. */
export function skel(text: string): string {
  return foldSearchText(text).replace(/[^\p{L}\p{N}]+/gu, '');
}

export function allText(build: CorpusBuild): string {
  return build.passages.map((p) => p.text).join('\n');
}

export function passagesOf(build: CorpusBuild, fileName: string): BuiltPassage[] {
  const id = build.sources.find((s) => s.fileName === fileName)?.id;
  return build.passages.filter((p) => p.occurrences.some((o) => o.sourceId === id));
}

/** Characters of `needle` that `hay` does not hold in order (a name restored from another copy). */
function missingFrom(needle: string, hay: string): number {
  const al = alignCopies(needle, hay, needle.length + hay.length);
  return (al?.hunks ?? []).reduce((n, h) => n + h.aEnd - h.aStart, al ? 0 : needle.length);
}

/**
 * Every occurrence of every passage points at its text in the raw original: the visible text of
 * rawText.slice(start, end) (markup read as a browser would) starts and ends where the passage does (give
 * or take a left-out number) and
 * holds the passage's characters in order; what the pipeline left out in between (a chunk number, a
 * pinyin reading, an injected advert, garbled characters) is all it may add. `restored`: how many
 * characters a passage may hold that its raw span does not (names restored from a twin copy).
 */
export function expectProvenance(build: CorpusBuild, restored = 0, slack = (p: BuiltPassage) => 40 + p.text.length * 0.3): void {
  const raw = new Map(build.sources.map((s) => [s.id, s.rawText]));
  for (const p of build.passages) {
    for (const o of p.occurrences) {
      const slice = (raw.get(o.sourceId) ?? '').slice(o.start, o.end);
      const visible = markupResidue(MappedText.identity(slice)).text.text;
      const a = skel(visible);
      const b = skel(p.text);
      const where = `${p.text}\n--- raw [${o.start}, ${o.end}) ---\n${slice}`;
      // A number or reading left out at either end (a chunk number before the last 。) may stand between.
      expect(a.indexOf(b.slice(0, 2)), where).toBeLessThanOrEqual(3);
      expect(a.length - a.lastIndexOf(b.slice(-2)) - 2, where).toBeLessThanOrEqual(3);
      expect(missingFrom(b, a), where).toBeLessThanOrEqual(restored);
      expect(a.length - b.length, where).toBeLessThanOrEqual(slack(p));
    }
  }
}
