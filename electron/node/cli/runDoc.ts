import path from 'node:path';
import { ApiError } from '../../shared/api/ApiError';
import { IMPORT_FILE_MAX } from '../../shared/api/apiLimits';
import { EXPORT_FORMATS, EXPORT_PRESETS, type ExportFormat, type ExportPreset } from '../../shared/export/exportFormats';
import { createApi } from '../api/createApi';
import type { Services } from '../api/createServices';
import { checkDraftFile, keepKnownCitations } from '../documents/readDraftFile';
import { writeFileAtomic } from '../files/writeFileAtomic';
import { checkOutputPath } from '../files/checkOutputPath';
import { readUserFile } from '../files/readUserFile';
import { docPlainText } from '../../shared/doc/docPlainText';
import { countDocument } from '../../shared/text/countDocument';
import type { CliIo } from './runCli';

/** `qianwan doc list | import FILE | stats ID|FILE | export ID --format F [--preset P] --out FILE [--force]`. */
export async function runDoc(
  sub: string | undefined,
  rest: string[],
  values: { json?: boolean; out?: string; format?: string; preset?: string; force?: boolean },
  services: Services,
  io: CliIo,
  printJson: (v: unknown) => void,
  usage: string,
): Promise<number> {
  if (sub === 'list') {
    const docs = await createApi(services, 'browser').listDocuments({});
    if (values.json) printJson(docs);
    else for (const d of docs) io.stdout(`${d.id}  ${d.title || '（未命名）'}  字数 ${d.wordCount}  ${d.updatedAt}\n`);
    return 0;
  }
  if (sub === 'import') {
    const file = rest[0];
    if (!file) throw new ApiError('invalid_input', '缺少文件名');
    // The same checks and conversion as File → 打开, the cheap ones before the file is read; refused before anything is stored.
    const bytes = readUserFile(file, IMPORT_FILE_MAX, (size) => checkDraftFile(path.basename(file), size));
    const read = await services.drafts.read(path.basename(file), bytes);
    const draft = { title: read.title, doc: keepKnownCitations(read.doc, (id) => services.library.isKnownPassage(id)) };
    const created = services.documents.create({ title: draft.title, content: draft.doc, reason: 'import' });
    if (values.json) printJson({ id: created.id, title: created.title, wordCount: created.wordCount });
    else io.stdout(`已导入：${created.id}  ${created.title}\n`);
    return 0;
  }
  if (sub === 'stats') {
    const target = rest[0];
    if (!target) throw new ApiError('invalid_input', '缺少文稿 ID 或文件名');
    const doc = looksLikeFile(target)
      ? (await services.drafts.read(path.basename(target), readUserFile(target, IMPORT_FILE_MAX, (size) => checkDraftFile(path.basename(target), size)))).doc
      : services.documents.get(target).content;
    const c = countDocument(docPlainText(doc));
    // words = 字数, chars / charsNoSpaces = 字符数（计空格 / 不计空格）, as Word and WPS count them.
    const stats = { words: c.words, chars: c.charsWithSpaces, charsNoSpaces: c.charsWithoutSpaces, paragraphs: c.paragraphs, cjkChars: c.cjkChars, fullWidthPunctuation: c.fullWidthPunctuation, nonCjkWords: c.nonCjkWords, punctuation: c.punctuation };
    if (values.json) printJson(stats);
    else io.stdout(`字数 ${stats.words}  字符数（不计空格）${stats.charsNoSpaces}  字符数（计空格）${stats.chars}  段落数 ${stats.paragraphs}  中文字符和全角标点 ${stats.cjkChars + stats.fullWidthPunctuation}  非中文单词 ${stats.nonCjkWords}\n`);
    return 0;
  }
  if (sub === 'export') {
    const id = rest[0];
    if (!id) throw new ApiError('invalid_input', '缺少文稿 ID');
    if (!values.out) throw new ApiError('invalid_input', '缺少 --out FILE');
    const format = values.format ?? path.extname(values.out).slice(1).toLowerCase();
    if (!(EXPORT_FORMATS as readonly string[]).includes(format)) throw new ApiError('invalid_input', `不支持的格式：${format}（可用 ${EXPORT_FORMATS.join('、')}）`);
    const preset = values.preset ?? 'gbt9704';
    if (!(EXPORT_PRESETS as readonly string[]).includes(preset)) throw new ApiError('invalid_input', `不支持的版式：${preset}（可用 ${EXPORT_PRESETS.join('、')}）`);
    // Asked before the work, and again by the write itself (the name may be taken meanwhile).
    const out = checkOutputPath(values.out, values.force);
    const file = await services.exports.export({ id, format: format as ExportFormat, preset: preset as ExportPreset });
    writeFileAtomic(out, file.bytes, { overwrite: values.force });
    if (values.json) printJson({ id, out, format, preset: file.preset, pdfEngine: file.pdfEngine, bytes: file.bytes.length });
    else io.stdout(`已导出：${out}${file.pdfEngine === 'libreoffice' ? '（PDF 由 LibreOffice 转换）' : ''}\n`);
    return 0;
  }
  io.stderr(`未知命令：doc ${sub ?? ''}\n${usage}\n`);
  return 2;
}

/** A path to a file, rather than a document id (ids have no dots or slashes). */
function looksLikeFile(target: string): boolean {
  return /[./\\]/.test(target);
}
