import { ApiError } from '../../shared/api/ApiError';
import type { PassageInfo, Profile } from '../../shared/api/apiTypes';
import { collectCitations } from '../../shared/citations/collectCitations';
import { isExternalNoteId } from '../../shared/citations/externalNote';
import type { CitationEdition, NoteStyle } from '../../shared/citations/citationStyles';
import { resolveNotes } from '../../shared/citations/resolveNotes';
import { EXPORT_MIME, exportFileName, type ExportFacts, type ExportFormat, type ExportPreset } from '../../shared/export/exportFormats';
import { t } from '../../shared/i18n/translate';
import { docToMarkdown } from '../../shared/markdown/docToMarkdown';
import type { BlockNode, DocNode } from '../../shared/doc/docTypes';
import type { DocumentService } from '../documents/DocumentService';
import { docToText } from '../documents/docToText';
import { convertDocxToPdf, findSoffice } from './convertWithLibreOffice';
import type { DocxInput } from './DocxInput';
import { docToPrintHtml, type PrintToPdf } from './docToPrintHtml';
import { PRESETS } from './docxPresets';

export interface ExportedFile extends ExportFacts {
  bytes: Buffer;
}

export interface ExportDeps {
  documents: Pick<DocumentService, 'get'>;
  library: { getPassages(ids: string[]): PassageInfo[] };
  settings: { getProfile(): Profile };
  /** The 查重 report of a document as blocks to append (checkReportDoc), for an export with the appendix. */
  checkReport?: (doc: DocNode, title: string) => Promise<BlockNode[]>;
  /** Where LibreOffice is; looked up on each PDF export unless given. */
  soffice?: () => string | null;
  now?: () => Date;
}

/** The docx library (and its writer) loaded on the first export, not when the host starts. */
async function writeDocx(input: DocxInput): Promise<Buffer> {
  const { docToDocx } = await import('./docToDocx');
  return docToDocx(input);
}

/** One document to DOCX, PDF, Markdown or plain text, its notes resolved once against the library. */
export class ExportService {
  constructor(private readonly deps: ExportDeps) {}

  /**
   * `printToPdf`: Electron's printing, bound by the Electron host. Without it (browser host, CLI), a
   * PDF is LibreOffice's conversion of the DOCX, or a clear error when LibreOffice is not installed.
   */
  async export(
    request: { id: string; format: ExportFormat; preset?: ExportPreset; checkAppendix?: boolean; notes?: NoteStyle; edition?: CitationEdition },
    printToPdf?: PrintToPdf,
  ): Promise<ExportedFile> {
    const stored = this.deps.documents.get(request.id);
    // The CLI's --notes and --edition change this export only, not the document.
    const options = { ...stored.options, ...(request.notes ? { notes: request.notes } : {}), ...(request.edition ? { edition: request.edition } : {}) };
    // The appendix follows the body as ordinary blocks, so every format writes it the way it writes text.
    const record =
      request.checkAppendix && this.deps.checkReport
        ? { ...stored, content: { ...stored.content, content: [...stored.content.content, ...(await this.deps.checkReport(stored.content, stored.title))] } }
        : stored;
    const ids = [...new Set(collectCitations(record.content).map((c) => c.passageId).filter((id) => !isExternalNoteId(id)))];
    const passages = new Map((ids.length ? this.deps.library.getPassages(ids) : []).map((p) => [p.id, p]));
    const title = record.title.trim() || t('docs.untitled');
    const base = { fileName: exportFileName(title, request.format), mimeType: EXPORT_MIME[request.format], format: request.format, notes: options.notes, edition: options.edition, references: options.references };
    const notes = resolveNotes(record.content, passages, { style: options.notes, edition: options.edition });

    if (request.format === 'md') {
      // Pandoc citations in the text; the works they cite after it, in the chosen edition.
      const md = docToMarkdown(record.content, { title: record.title, references: { heading: t('footnotes.referencesHeading'), entries: notes.references } });
      return { ...base, bytes: Buffer.from(md, 'utf8'), preset: null, pdfEngine: null };
    }
    if (request.format === 'txt') return { ...base, bytes: Buffer.from(docToText(record.title, record.content, notes), 'utf8'), preset: null, pdfEngine: null };

    const preset = request.preset ?? 'gbt9704';
    const input: DocxInput = {
      title: record.title,
      doc: record.content,
      notes,
      options,
      profile: this.deps.settings.getProfile(),
      date: (this.deps.now ?? (() => new Date()))(),
      preset: PRESETS[preset],
    };
    if (request.format === 'docx') return { ...base, bytes: await writeDocx(input), preset, pdfEngine: null };

    if (printToPdf) return { ...base, bytes: await printToPdf(docToPrintHtml(input)), preset, pdfEngine: 'electron' };
    const soffice = (this.deps.soffice ?? findSoffice)();
    if (!soffice) throw new ApiError('pdf_unavailable', '本机没有找到 LibreOffice（soffice），浏览器版和命令行靠它生成 PDF。请安装 LibreOffice，或导出 DOCX 后在 Word/WPS 中另存为 PDF');
    return { ...base, bytes: await convertDocxToPdf(await writeDocx(input), soffice), preset, pdfEngine: 'libreoffice' };
  }
}
