import type { BuildReportEntry } from './corpusTypes';
import { BLOCK_HEADER_SHAPES, FURNITURE_SHAPES } from './furnitureShapes';
import type { MappedText, TextEdit } from '../../formats/MappedText';
import { toSimplified } from './toSimplified';

export interface FurnitureResult {
  text: MappedText;
  report: BuildReportEntry[];
  linesRemoved: number;
}

/** Markers some sites splice into the text itself, glued to a title or a paragraph. */
const INLINE_MARKERS = /#{2}paid(?:begin|end)#{2}|#{2}(?:end|begin|more)#{2}/gi;

/**
 * Removes every line shaped like site furniture (see FURNITURE_SHAPES), plus the explanation lines of
 * furniture headers such as "- 配套讲稿:", and paywall markers spliced into text. Each removal is a
 * report entry so a reviewer can see exactly what left the text.
 */
export function removeFurniture(text: MappedText, sourceId: string): FurnitureResult {
  const report: BuildReportEntry[] = [];
  const edits: TextEdit[] = [];
  const lineRe = /[^\n]*(?:\n|$)/g;
  let inBlock = false;
  let linesRemoved = 0;
  for (let m = lineRe.exec(text.text); m && m[0].length > 0; m = lineRe.exec(text.text)) {
    // Shapes are written in simplified characters; a traditional page's lines are compared converted.
    const line = toSimplified(m[0].trim());
    if (!line) {
      inBlock = false;
      continue;
    }
    const shape = FURNITURE_SHAPES.find((s) => s.test(line));
    const blockLine = !shape && inBlock && line.length <= 150;
    if (!shape && !blockLine) {
      inBlock = false;
      continue;
    }
    if (shape) inBlock = BLOCK_HEADER_SHAPES.has(shape.name) || (inBlock && shape.name === '关键词列表');
    edits.push({ start: m.index, end: m.index + m[0].length, insert: '' });
    linesRemoved++;
    report.push({ sourceId, step: 'furniture', action: `删除整行：${shape ? shape.name : '附加说明栏（说明文字）'}`, before: m[0].trim() });
  }
  let out = text.applyEdits(edits);
  out = out.replaceAll(INLINE_MARKERS, (m) => {
    report.push({ sourceId, step: 'furniture', action: '删除嵌入标记：付费墙标记', before: m[0] });
    return '';
  });
  return { text: out, report, linesRemoved };
}
