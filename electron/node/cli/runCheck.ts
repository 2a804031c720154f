import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../shared/api/ApiError';
import { IMPORT_FILE_MAX } from '../../shared/api/apiLimits';
import { MIN_RUN_DEFAULT } from '../../shared/check/checkParams';
import type { CheckResult } from '../../shared/check/checkTypes';
import type { DocNode } from '../../shared/doc/docTypes';
import { markdownToDoc } from '../../shared/markdown/markdownToDoc';
import { createBoundApi } from '../api/createApi';
import type { Services } from '../api/createServices';
import { decodeText } from '../formats/decodeText';
import { docxToDoc } from '../documents/docxToDoc';
import { readUserFile } from '../files/readUserFile';

interface Io {
  stdout: (s: string) => void;
}

const percent = (r: number) => `${(r * 100).toFixed(1)}%`;

/**
 * A file as the check reads it: .txt as it is, .md and .docx as documents (their marks and citations
 * count). The limit of opening a draft: a regular file of at most 20 MB, the extension checked first.
 */
async function readInput(file: string): Promise<{ text: string } | { doc: DocNode }> {
  const ext = path.extname(file).toLowerCase();
  if (!CHECKED_EXTENSIONS.includes(ext)) throw new ApiError('check_file_type', path.basename(file));
  const bytes = readUserFile(file, IMPORT_FILE_MAX);
  if (ext === '.txt') return { text: decodeText(bytes, path.basename(file)) };
  if (ext === '.md' || ext === '.markdown') return { doc: markdownToDoc(decodeText(bytes, path.basename(file))).doc };
  // The same reading as File → 打开: headings, quotations and footnotes as the document has them.
  return { doc: (await docxToDoc(bytes, path.basename(file))).doc };
}

const CHECKED_EXTENSIONS = ['.txt', '.md', '.markdown', '.docx'];

function isPath(target: string): boolean {
  try {
    fs.lstatSync(target);
    return true;
  } catch {
    return false;
  }
}

/** The JSON the CLI promises (README): figures, spans with offsets into the plain text, sources. */
export function checkJson(result: CheckResult) {
  return {
    totalRatio: result.totalRatio,
    uncitedRatio: result.uncitedRatio,
    ownRatio: result.ownRatio,
    longestRun: result.longestRun,
    chars: result.chars,
    borrowedChars: result.borrowedChars,
    citedChars: result.citedChars,
    uncitedChars: result.uncitedChars,
    standardChars: result.standardChars,
    minRun: result.minRun,
    spans: result.spans.map((s) => ({ start: s.start, end: s.end, text: s.text, passageId: s.passageId, sourceTitle: s.sourceTitle, cited: s.cited, standard: s.standard, status: s.status })),
    sources: result.sources.map((s) => ({ id: s.id, title: s.title, ratio: s.ratio, citedChars: s.citedChars, uncitedChars: s.uncitedChars })),
    paragraphs: result.paragraphs.map((p) => ({ index: p.index, start: p.start, end: p.end, kind: p.kind, ratio: p.ratio, borrowed: p.borrowed, cited: p.cited, uncited: p.uncited, standard: p.standard, chars: p.chars })),
  };
}

/** `qianwan check FILE|DOC_ID [--min-run N] [--json]`. */
export async function runCheck(rest: string[], values: { json?: boolean; 'min-run'?: string }, open: () => Services, io: Io, printJson: (v: unknown) => void): Promise<number> {
  const target = rest[0];
  if (!target) throw new ApiError('missing_argument', 'FILE|ID');
  const minRun = values['min-run'] === undefined ? MIN_RUN_DEFAULT : Number(values['min-run']);
  const services = open();
  let result: CheckResult;
  try {
    // Whatever is at the path (even a FIFO or a dangling link) is the file meant, and readInput refuses what it cannot read.
    const input = isPath(target) ? await readInput(target) : { id: target };
    // The check as the UI runs it, through the contract: its limits (text length, document depth, --min-run's range) are the UI's.
    result = await createBoundApi(services, 'browser').call('runCheck', { ...input, minRun });
  } finally {
    services.close();
  }
  if (values.json) {
    printJson(checkJson(result));
    return 0;
  }
  io.stdout(`总文字复制比 ${percent(result.totalRatio)}  去除引用复制比 ${percent(result.uncitedRatio)}  自写 ${percent(result.ownRatio)}  最长连续相同 ${result.longestRun?.chars ?? 0} 字（阈值 ${minRun} 字）\n`);
  for (const s of result.sources) io.stdout(`  ${percent(s.ratio)}  ${s.title}\n`);
  if (result.standardChars > 0) io.stdout(`  规范表述 ${result.standardChars} 字，不计入复制比\n`);
  for (const s of result.spans) io.stdout(`\n[${s.start}–${s.end}] ${s.standard ? '规范表述' : s.cited ? '已注明' : '未注明'} ${s.sourceTitle}\n${s.text}\n`);
  return 0;
}
