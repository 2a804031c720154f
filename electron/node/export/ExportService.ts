import { ApiError } from '../../shared/api/ApiError';
import type { PassageInfo, Profile } from '../../shared/api/apiTypes';
import type { CitationEdition, NoteStyle } from '../../shared/citations/citationStyles';
import { collectCitations } from '../../shared/citations/collectCitations';
import { isExternalNoteId } from '../../shared/citations/externalNote';
import { resolveNotes } from '../../shared/citations/resolveNotes';
import { EXPORT_MIME, exportFileName, type ExportFacts, type ExportFormat } from '../../shared/export/exportFormats';
import type { FormatProfile, Layout } from '../../shared/export/formatProfile';
import { hasContent, prepareExportDoc } from '../../shared/export/prepareExportDoc';
import { t } from '../../shared/i18n/translate';
import { docToMarkdown } from '../../shared/markdown/docToMarkdown';
import type { BlockNode, DocNode } from '../../shared/doc/docTypes';
import type { DocumentService } from '../documents/DocumentService';
import { docToText } from '../documents/docToText';
import { convertDocxToPdf, findSoffice } from './convertWithLibreOffice';
import type { DocxInput } from './DocxInput';
import { presetFromProfile } from './docxPresets';
import type { FormatProfileService } from './FormatProfileService';
import { installedFonts } from './installedFonts';
import { planFonts, type FontSubstitution } from './planFonts';

export interface ExportedFile extends ExportFacts {
  bytes: Buffer;
}

export interface ExportRequest {
  id: string;
  format: ExportFormat;
  /** One of the three built-in layouts (the unit's own when it has one of that layout). */
  layout?: Layout;
  /** A saved format profile; the document's own when neither this nor `layout` nor `profile` is given. */
  profileId?: string;
  /** A format read from a file (the CLI's --profile). */
  profile?: FormatProfile;
  checkAppendix?: boolean;
  /** This export only (the CLI's --notes and --edition); the document's own otherwise. */
  notes?: NoteStyle;
  edition?: CitationEdition;
  /** Export a document with no text anyway (the UI asks first). */
  allowEmpty?: boolean;
}

export interface ExportDeps {
  documents: Pick<DocumentService, 'get'>;
  library: { getPassages(ids: string[]): PassageInfo[] };
  settings: { getProfile(): Profile };
  formats: Pick<FormatProfileService, 'get' | 'forLayout'>;
  /** The 查重 report of a document as blocks to append (checkReportDoc), for an export with the appendix. */
  checkReport?: (doc: DocNode, title: string) => Promise<BlockNode[]>;
  /** Where LibreOffice is; looked up on each PDF export unless given. */
  soffice?: () => string | null;
  /** The font families this machine has (null: cannot tell). */
  fonts?: () => Set<string> | null;
  now?: () => Date;
}

/** The docx library (and its writer) loaded on the first export, not when the host starts. */
async function writeDocx(input: DocxInput): Promise<Buffer> {
  const { docToDocx } = await import('./docToDocx');
  return docToDocx(input);
}

/** One document to DOCX, PDF, Markdown or plain text, in its unit format, its notes resolved once against the library. */
export class ExportService {
  constructor(private readonly deps: ExportDeps) {}

  /** The format an export uses: a profile from a file, a layout, a saved profile, or the document's own. */
  formatFor(request: Pick<ExportRequest, 'layout' | 'profileId' | 'profile'>, documentFormat: string): FormatProfile {
    if (request.profile) return request.profile;
    if (request.layout) return this.deps.formats.forLayout(request.layout);
    return this.deps.formats.get(request.profileId ?? documentFormat);
  }

  /** Which of a format's faces this machine lacks, and what the app's PDF uses instead (the DOCX keeps the official names). */
  missingFonts(format: FormatProfile): FontSubstitution[] {
    return planFonts(format, (this.deps.fonts ?? installedFonts)());
  }

  /**
   * A PDF is LibreOffice's conversion of the very DOCX this export writes, on every host: one layout,
   * with the DOCX's page footnotes (①② restarting each page), pagination and page numbers. (A print
   * view in Chromium cannot put notes at the foot of their page, so it would give another document.)
   * Without LibreOffice a PDF is refused with a clear error; the DOCX can be saved as PDF in Word/WPS.
   */
  async export(request: ExportRequest): Promise<ExportedFile> {
    const stored = this.deps.documents.get(request.id);
    const options = { ...stored.options, ...(request.notes ? { notes: request.notes } : {}), ...(request.edition ? { edition: request.edition } : {}) };
    const author = this.deps.settings.getProfile();
    // Placeholders left empty and a closing line that repeats the author line are not written; quotation marks nest.
    const prepared = prepareExportDoc(stored.content, author).doc;
    if (!request.allowEmpty && !hasContent(prepared)) throw new ApiError('document_empty', stored.title.trim() || undefined);
    const appendix = request.checkAppendix && this.deps.checkReport ? await this.deps.checkReport(stored.content, stored.title) : [];
    const ids = [...new Set(collectCitations(prepared).map((c) => c.passageId).filter((id) => !isExternalNoteId(id)))];
    const passages = new Map((ids.length ? this.deps.library.getPassages(ids) : []).map((p) => [p.id, p]));
    const title = stored.title.trim() || t('docs.untitled');
    const facts = { fileName: exportFileName(title, request.format), mimeType: EXPORT_MIME[request.format], format: request.format, notes: options.notes, edition: options.edition, references: options.references };
    const text = { ...facts, layout: null, profileName: null, fonts: [], pdfEngine: null };
    const notes = resolveNotes(prepared, passages, { style: options.notes, edition: options.edition });

    if (request.format === 'md') {
      // Markdown is the document's text form: as stored, Pandoc citations, the works cited after it.
      const content: DocNode = { ...stored.content, content: [...stored.content.content, ...appendix] };
      // The note list is 参考文献 only when the writer asked for a reference list; otherwise it is the notes (注释).
      const heading = options.references ? t('footnotes.referencesHeading') : t('footnotes.heading');
      const md = docToMarkdown(content, { title: stored.title, references: { heading, entries: notes.references } });
      return { ...text, bytes: Buffer.from(md, 'utf8') };
    }
    if (request.format === 'txt') {
      return { ...text, bytes: Buffer.from(docToText(stored.title, { ...prepared, content: [...prepared.content, ...appendix] }, notes), 'utf8') };
    }

    const format = this.formatFor(request, options.format);
    const input = (fonts: FontSubstitution[] = []): DocxInput => ({
      title: stored.title,
      doc: prepared,
      appendix,
      notes,
      options,
      profile: author,
      date: (this.deps.now ?? (() => new Date()))(),
      preset: presetFromProfile(format, fonts),
    });
    const laidOut = { ...facts, layout: format.layout, profileName: format.name };
    if (request.format === 'docx') return { ...laidOut, fonts: [], bytes: await writeDocx(input()), pdfEngine: null };

    const soffice = (this.deps.soffice ?? findSoffice)();
    if (!soffice) throw new ApiError('pdf_needs_libreoffice');
    // The PDF is made here: a face this machine lacks is replaced by the closest installed one of its kind.
    const fonts = this.missingFonts(format);
    return { ...laidOut, fonts, bytes: await convertDocxToPdf(await writeDocx(input(fonts)), soffice), pdfEngine: 'libreoffice' };
  }
}
