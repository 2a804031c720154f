import path from 'node:path';
import { ApiError } from '../../shared/api/ApiError';
import { IMPORT_FILE_MAX } from '../../shared/api/apiLimits';
import { LEGACY_PRESETS } from '../../shared/export/exportFormats';
import type { FormatProfile } from '../../shared/export/formatProfile';
import { readFormatProfileFile } from '../../shared/export/formatProfileFile';
import { createApi, createBoundApi } from '../api/createApi';
import type { Services } from '../api/createServices';
import { checkDraftFile } from '../documents/readDraftFile';
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
    if (!file) throw new ApiError('missing_argument', 'FILE');
    // File → 打开 through the contract: the same checks and conversion as the UI's, refused before
    // anything is stored. The path's own hazards (a FIFO, a link to a device, a folder) and the size
    // are checked before the file is read.
    const bytes = readUserFile(file, IMPORT_FILE_MAX, (size) => checkDraftFile(path.basename(file), size));
    const created = await createBoundApi(services, 'browser').call('importDocument', { name: path.basename(file), dataBase64: bytes.toString('base64') });
    if (values.json) printJson({ id: created.id, title: created.title, wordCount: created.wordCount });
    else io.stdout(`已导入：${created.id}  ${created.title}\n`);
    return 0;
  }
  if (sub === 'stats') {
    const target = rest[0];
    if (!target) throw new ApiError('missing_argument', 'ID|FILE');
    // A file is counted whole, as Word counts it, its title line included; a saved document as its 字数 in the app.
    const text = looksLikeFile(target)
      ? await services.drafts.read(path.basename(target), readUserFile(target, IMPORT_FILE_MAX, (size) => checkDraftFile(path.basename(target), size))).then((d) => (d.titleInText ? `${d.title}\n` : '') + docPlainText(d.doc))
      : docPlainText(services.documents.get(target).content);
    const c = countDocument(text);
    // words = 字数, chars / charsNoSpaces = 字符数（计空格 / 不计空格）, as Word and WPS count them.
    const stats = { words: c.words, chars: c.charsWithSpaces, charsNoSpaces: c.charsWithoutSpaces, paragraphs: c.paragraphs, cjkChars: c.cjkChars, fullWidthPunctuation: c.fullWidthPunctuation, nonCjkWords: c.nonCjkWords, punctuation: c.punctuation };
    if (values.json) printJson(stats);
    else io.stdout(`字数 ${stats.words}  字符数（不计空格）${stats.charsNoSpaces}  字符数（计空格）${stats.chars}  段落数 ${stats.paragraphs}  中文字符和全角标点 ${stats.cjkChars + stats.fullWidthPunctuation}  非中文单词 ${stats.nonCjkWords}\n`);
    return 0;
  }
  if (sub === 'export') {
    const id = rest[0];
    if (!id) throw new ApiError('missing_argument', 'ID');
    if (!values.out) throw new ApiError('missing_argument', '--out FILE');
    let profile: FormatProfile | undefined;
    if (values.profile) {
      const read = readFormatProfileFile(readUserFile(values.profile, PROFILE_FILE_MAX).toString('utf8'));
      if ('problem' in read) throw new ApiError(read.problem.code, 'detail' in read.problem ? read.problem.detail : undefined);
      profile = read.profile;
    }
    // Asked before the work, and again by the write itself (the name may be taken meanwhile).
    const out = checkOutputPath(values.out, values.force);
    // The contract checks the choices (format, layout, notes, edition; layout and profile not both)
    // as it does the UI's. Without --layout or --profile the document's own format applies (材料格式
    // for drafts from the templates and opened drafts), without --notes and --edition its own choices.
    const exported = await createBoundApi(services, 'browser').call('exportDocument', {
      id,
      format: values.format ?? path.extname(values.out).slice(1).toLowerCase(),
      // --preset gbt9704|plain is the older spelling of --layout official|plain.
      layout: values.layout ?? (values.preset ? (LEGACY_PRESETS[values.preset] ?? values.preset) : undefined),
      profile,
      notes: values.notes,
      edition: values.edition,
      allowEmpty: values['allow-empty'] || undefined,
    });
    const { dataBase64, ...file } = exported;
    writeFileAtomic(out, Buffer.from(dataBase64, 'base64'), { overwrite: values.force });
    // A PDF made with stand-ins for missing official faces says so (on stderr, so --json stays clean).
    const missing = file.fonts.map((f) => (f.replacement ? `${f.font} → ${f.replacement}` : `${f.font}（本机没有同类字体）`));
    if (missing.length) io.stderr(`提示：本机缺少版式要求的字体，PDF 中用相近的字体代替：${missing.join('；')}。导出的 DOCX 仍使用原字体名。\n`);
    if (values.json) printJson({ id, out, format: file.format, layout: file.layout, profile: file.profileName, notes: file.notes, edition: file.edition, pdfEngine: file.pdfEngine, fonts: file.fonts, bytes: file.bytes });
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
