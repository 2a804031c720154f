import type { BuildReportEntry } from './corpusTypes';
import { BLOCK_HEADER_SHAPES, FURNITURE_SHAPES, type FurnitureShape } from './furnitureShapes';
import type { MappedText, TextEdit } from '../../formats/MappedText';
import { stripGluedFurniture } from './stripGluedFurniture';
import { toSimplified } from './toSimplified';

export interface FurnitureResult {
  text: MappedText;
  report: BuildReportEntry[];
  linesRemoved: number;
}

/** Markers some sites splice into the text itself, glued to a title or a paragraph. */
const INLINE_MARKERS = /#{2}paid(?:begin|end)#{2}|#{2}(?:end|begin|more)#{2}/gi;

/**
 * Lines a page inserts where it breaks a text (page numbers and thumbnails): a sentence runs on across
 * them, so they leave nothing behind. Any other furniture line ends the paragraph before it, so a
 * headline above a removed date line is not run into the text below.
 */
const TRANSPARENT = new Set(['页码', '页面缩略图', '付费墙标记']);

/**
 * An organisation's or a site's name alone on a line: a page header at the top, a 落款 above a date.
 * A body of government names its place or level (浙江省农业农村厅, 中共某某县委宣传部); a site's
 * name is short (新华网, 浙江新闻); a headline that happens to end in 网 or 局 ("织密乡村治理一张网") is neither.
 */
const ORG_LINE =
  /^(?=.*(?:省|市|县|区|州|盟|旗|镇|乡|街道|中共|中国|国家|国务院))[\u4e00-\u9fff（）()]{2,28}(?:厅|局|委员会|委|办公室|办公厅|人民政府|政府|党委|宣传部|组织部|研究院|研究中心|中心|日报社|报社|电视台|文件)$|^(?=.{3,7}$)[\u4e00-\u9fff]{2,5}(?:网|网站|频道|客户端|公众号|日报|晚报|新闻|新闻网)$|^[\u4e00-\u9fff（）()]{2,26}(?:有限公司|有限责任公司|集团)$/;
const DATE_ONLY = /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$|^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$/;

/**
 * Removes every line shaped like site furniture (see FURNITURE_SHAPES), plus the explanation lines of
 * furniture headers such as "- 配套讲稿:", and paywall markers spliced into text. Each removal is a
 * report entry so a reviewer can see exactly what left the text.
 */
export function removeFurniture(text: MappedText, sourceId: string, traditional = false): FurnitureResult {
  // Shapes are written in simplified characters; a traditional page's lines are compared converted.
  const probe = traditional ? toSimplified : (line: string) => line;
  const report: BuildReportEntry[] = [];
  const edits: TextEdit[] = [];
  const lineRe = /[^\n]*(?:\n|$)/g;
  const lines: { start: number; end: number; line: string }[] = [];
  for (let m = lineRe.exec(text.text); m && m[0].length > 0; m = lineRe.exec(text.text)) {
    lines.push({ start: m.index, end: m.index + m[0].length, line: probe(m[0].trim()) });
  }
  const shapes = lines.map(({ line }) => (line ? FURNITURE_SHAPES.find((s) => s.test(line)) : undefined));
  const headers = runningHeaders(text.text, lines, shapes.map((s) => s?.name === '页码'));
  let inBlock = false;
  let linesRemoved = 0;
  let kept = 0;
  lines.forEach(({ start, end, line }, i) => {
    if (!line) {
      inBlock = false;
      return;
    }
    const shape = shapes[i] ?? (headers.has(line) ? RUNNING_HEADER : undefined);
    const blockLine = !shape && inBlock && line.length <= 150;
    const org = !shape && !blockLine && ORG_LINE.test(line.replace(/\s+/g, '')) ? orgLine(lines, i, kept) : null;
    if (!shape && !blockLine && !org) {
      inBlock = false;
      kept++;
      return;
    }
    if (shape) inBlock = BLOCK_HEADER_SHAPES.has(shape.name) || (inBlock && shape.name === '关键词列表');
    const name = shape?.name ?? org ?? '附加说明栏（说明文字）';
    edits.push({ start, end, insert: TRANSPARENT.has(name) || !text.text.slice(start, end).endsWith('\n') ? '' : '\n' });
    linesRemoved++;
    report.push({ sourceId, step: 'furniture', action: `删除整行：${name}`, before: text.text.slice(start, end).trim() });
  });
  const glued = stripGluedFurniture(text.applyEdits(edits), sourceId, probe);
  report.push(...glued.report);
  let out = glued.text;
  out = out.replaceAll(INLINE_MARKERS, (m) => {
    report.push({ sourceId, step: 'furniture', action: '删除嵌入标记：付费墙标记', before: m[0] });
    return '';
  });
  return { text: out, report, linesRemoved };
}

const RUNNING_HEADER: FurnitureShape = { name: '页眉（每页重复）', test: () => true };

/**
 * Lines a PDF repeats at the top of every page (the document number, the issuing body): a short line
 * without sentence punctuation that occurs again right after a page break (a form feed, or a page
 * number line before it). Every occurrence goes, the first page's too.
 */
function runningHeaders(raw: string, lines: { start: number; line: string }[], pageNumber: boolean[]): Set<string> {
  const seen = new Map<string, number>();
  const afterBreak = new Set<string>();
  let previousWasPageNumber = false;
  lines.forEach(({ start, line }, i) => {
    if (!line) return;
    if (line.length <= 40 && !/[。！？；，]/.test(line)) {
      seen.set(line, (seen.get(line) ?? 0) + 1);
      if (raw[start] === '\f' || previousWasPageNumber) afterBreak.add(line);
    }
    previousWasPageNumber = pageNumber[i] === true;
  });
  return new Set([...afterBreak].filter((l) => (seen.get(l) ?? 0) >= 2));
}

/** Why an organisation's name alone on a line is furniture, or null when it may be a heading. */
function orgLine(lines: { line: string }[], i: number, keptBefore: number): string | null {
  if (keptBefore < 2) return '页眉（网站或机构名称）';
  const next = lines.slice(i + 1).find((l) => l.line)?.line ?? '';
  return DATE_ONLY.test(next) ? '落款（署名单位）' : null;
}
