import path from 'node:path';
import { ApiError } from '../../shared/api/ApiError';
import { IMPORT_FILE_MAX } from '../../shared/api/apiLimits';
import { CITATION_EDITIONS, NOTE_STYLES, isCitationEdition, isNoteStyle } from '../../shared/citations/citationStyles';
import { EXPORT_FORMATS, LEGACY_PRESETS, type ExportFormat } from '../../shared/export/exportFormats';
import { LAYOUTS, type FormatProfile, type Layout } from '../../shared/export/formatProfile';
import { readFormatProfileFile } from '../../shared/export/formatProfileFile';
import { createApi } from '../api/createApi';
import type { Services } from '../api/createServices';
import { checkDraftFile, keepKnownCitations } from '../documents/readDraftFile';
import { writeFileAtomic } from '../files/writeFileAtomic';
import { checkOutputPath } from '../files/checkOutputPath';
import { readUserFile } from '../files/readUserFile';
import { docPlainText } from '../../shared/doc/docPlainText';
import { countDocument } from '../../shared/text/countDocument';
import type { CliIo } from './runCli';

/** A unit format profile file is a few kilobytes; far more is not one. */
const PROFILE_FILE_MAX = 1024 * 1024;

/** `qianwan doc list | import FILE | stats ID|FILE | export ID --format F [--layout L | --profile FILE] [--notes N] [--edition E] [--allow-empty] --out FILE [--force]`. */
export async function runDoc(
  sub: string | undefined,
  rest: string[],
  values: { json?: boolean; out?: string; format?: string; preset?: string; layout?: string; profile?: string; notes?: string; edition?: string; force?: boolean; 'allow-empty'?: boolean },
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
    const created = services.documents.create({ title: draft.title, content: draft.doc, reason: 'import', options: services.formats.newDocumentOptions('material') });
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
    // --preset gbt9704|plain is the older spelling of --layout official|plain.
    const layoutName = values.layout ?? (values.preset ? (LEGACY_PRESETS[values.preset] ?? values.preset) : undefined);
    if (layoutName !== undefined && !(LAYOUTS as readonly string[]).includes(layoutName)) throw new ApiError('invalid_input', `不支持的版式：${layoutName}（可用 ${LAYOUTS.join('、')}）`);
    if (layoutName !== undefined && values.profile) throw new ApiError('invalid_input', '--layout 和 --profile 只能选一个：版式文件本身就规定了版式');
    let profile: FormatProfile | undefined;
    if (values.profile) {
      const read = readFormatProfileFile(readUserFile(values.profile, PROFILE_FILE_MAX).toString('utf8'));
      if ('problem' in read) throw new ApiError(read.problem.code, 'detail' in read.problem ? read.problem.detail : undefined);
      profile = read.profile;
    }
    if (values.notes !== undefined && !isNoteStyle(values.notes)) throw new ApiError('invalid_input', `不支持的注释方式：${values.notes}（可用 ${NOTE_STYLES.join('、')}）`);
    if (values.edition !== undefined && !isCitationEdition(values.edition)) throw new ApiError('invalid_input', `不支持的 GB/T 7714 版本：${values.edition}（可用 ${CITATION_EDITIONS.join('、')}）`);
    // Asked before the work, and again by the write itself (the name may be taken meanwhile).
    const out = checkOutputPath(values.out, values.force);
    const file = await services.exports.export({
      id,
      format: format as ExportFormat,
      // Without --layout or --profile the document's own format (材料格式 for drafts from the templates and opened drafts).
      ...(layoutName ? { layout: layoutName as Layout } : {}),
      ...(profile ? { profile } : {}),
      ...(values['allow-empty'] ? { allowEmpty: true } : {}),
      // Without the options the document's own choices apply (new documents: circled notes, GB/T 7714—2025).
      ...(isNoteStyle(values.notes) ? { notes: values.notes } : {}),
      ...(isCitationEdition(values.edition) ? { edition: values.edition } : {}),
    });
    writeFileAtomic(out, file.bytes, { overwrite: values.force });
    // A PDF made with stand-ins for missing official faces says so (on stderr, so --json stays clean).
    const missing = file.fonts.map((f) => (f.replacement ? `${f.font} → ${f.replacement}` : `${f.font}（本机没有同类字体）`));
    if (missing.length) io.stderr(`提示：本机缺少版式要求的字体，PDF 中用相近的字体代替：${missing.join('；')}。导出的 DOCX 仍使用原字体名。\n`);
    if (values.json) printJson({ id, out, format, layout: file.layout, profile: file.profileName, notes: file.notes, edition: file.edition, pdfEngine: file.pdfEngine, fonts: file.fonts, bytes: file.bytes.length });
    else io.stdout(`已导出：${out}${file.profileName ? `（${file.profileName}）` : ''}${file.pdfEngine === 'libreoffice' ? '（PDF 由 LibreOffice 转换）' : ''}\n`);
    return 0;
  }
  io.stderr(`未知命令：doc ${sub ?? ''}\n${usage}\n`);
  return 2;
}

/** A path to a file, rather than a document id (ids have no dots or slashes). */
function looksLikeFile(target: string): boolean {
  return /[./\\]/.test(target);
}
