import type { MappedText, TextEdit } from '../../formats/MappedText';
import type { BuildReportEntry } from './corpusTypes';
import { foldForDuplicates } from './foldForDuplicates';

/** A repeat shorter than this (sentences, folded characters) is a phrase a text may well say twice. */
const MIN_SENTENCES = 3;
const MIN_CHARS = 80;
/** A sentence this short ("一、总体要求", "同志们：") is not evidence on its own, only inside a run. */
const MIN_KEY = 6;

const SENTENCE = /[^。！？!?\n]+[。！？!?]*[”’」』）)】]*/g;

/**
 * A page whose text appears twice (a print version beside the screen one, a CMS that pasted it twice,
 * a text pasted twice into one file) keeps the first copy only: the second is a run of three or more
 * sentences, 80 or more characters, each the same as the sentence at the same place in the first
 * (compared by foldForDuplicates, so punctuation and spacing do not count). The removal is a report entry.
 */
export function removeRepeatedBody(text: MappedText, sourceId: string): { text: MappedText; report: BuildReportEntry[] } {
  const t = text.text;
  const spans: { start: number; end: number; key: string }[] = [];
  SENTENCE.lastIndex = 0;
  for (let m = SENTENCE.exec(t); m; m = SENTENCE.exec(t)) {
    const key = foldForDuplicates(m[0]);
    if (key) spans.push({ start: m.index, end: m.index + m[0].length, key });
  }
  const first = new Map<string, number>();
  const edits: TextEdit[] = [];
  const report: BuildReportEntry[] = [];
  for (let j = 0; j < spans.length; j++) {
    const key = spans[j]!.key;
    const i = first.get(key);
    if (i === undefined || key.length < MIN_KEY) {
      if (i === undefined) first.set(key, j);
      continue;
    }
    let k = 0;
    let chars = 0;
    while (j + k < spans.length && i + k < j && spans[i + k]!.key === spans[j + k]!.key) {
      chars += spans[j + k]!.key.length;
      k++;
    }
    if (k < MIN_SENTENCES || chars < MIN_CHARS) continue;
    const start = spans[j]!.start;
    const end = spans[j + k - 1]!.end;
    edits.push({ start, end, insert: '' });
    report.push({ sourceId, step: 'dedupe', action: `删除页面内重复出现的正文（与前文相同，共 ${k} 句）`, before: t.slice(start, Math.min(end, start + 60)) });
    j += k - 1;
  }
  return { text: text.applyEdits(edits), report };
}
