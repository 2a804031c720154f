// What an export can be, shared by the API schema, the UI's export dialog and the CLI.
import { safeFileName } from '../files/safeFileName';

export const EXPORT_FORMATS = ['docx', 'pdf', 'md', 'txt'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** gbt9704: 公文格式 after GB/T 9704-2012; plain: Word-like defaults for readers without the official fonts. */
export const EXPORT_PRESETS = ['gbt9704', 'plain'] as const;
export type ExportPreset = (typeof EXPORT_PRESETS)[number];

export const EXPORT_MIME: Record<ExportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  md: 'text/markdown; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
};

/** The drafts File → 打开 and `qianwan doc import` read. */
export const DRAFT_EXTENSIONS = ['.docx', '.md', '.markdown', '.txt'] as const;

/** Which route made a PDF: LibreOffice converting the DOCX, or Electron printing the print view. */
export type PdfEngine = 'libreoffice' | 'electron';

/** What an exported file is, whichever side holds its bytes. */
export interface ExportFacts {
  fileName: string;
  mimeType: string;
  format: ExportFormat;
  preset: ExportPreset | null;
  /** Which route made a PDF, so the UI and CLI can say so. */
  pdfEngine: PdfEngine | null;
  /** The document's note settings the file was made with. */
  notes: 'footnote' | 'endnote';
  references: boolean;
}

/** An export as the contract returns it: its size and its bytes in base64. */
export interface ExportResult extends ExportFacts {
  bytes: number;
  dataBase64: string;
}

/** The download name of an export: the title through the one file-name sanitiser (safeFileName), as in the export-everything zip. */
export function exportFileName(title: string, format: ExportFormat): string {
  return `${safeFileName(title, '未命名文稿')}.${format}`;
}
