// What an export can be, shared by the API schema, the UI's export dialog and the CLI.
import { safeFileName } from '../files/safeFileName';

import type { z } from 'zod';
import type { exportFactsSchema, exportResultSchema } from './exportResultSchema';
import type { Layout } from './formatProfile';

export const EXPORT_FORMATS = ['docx', 'pdf', 'md', 'txt'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The names `--preset` took before the three layouts: gbt9704 is 公文格式, plain 通用格式. */
export const LEGACY_PRESETS: Record<string, Layout> = { gbt9704: 'official', plain: 'plain' };

export const EXPORT_MIME: Record<ExportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  md: 'text/markdown; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
};

/** The drafts File → 打开 and `qianwan doc import` read. */
export const DRAFT_EXTENSIONS = ['.docx', '.doc', '.wps', '.md', '.markdown', '.txt'] as const;

/** What made a PDF: LibreOffice converting the exported DOCX (the one PDF route, on every host). */
export type PdfEngine = 'libreoffice';

/** What an exported file is, whichever side holds its bytes (exportFactsSchema). */
export type ExportFacts = z.infer<typeof exportFactsSchema>;

/** An export as the contract returns it: its size and its bytes in base64. */
export type ExportResult = z.infer<typeof exportResultSchema>;

/** The download name of an export: the title through the one file-name sanitiser (safeFileName), as in the export-everything zip. */
export function exportFileName(title: string, format: ExportFormat): string {
  // A line break the writer forced in a long title is a space in the name.
  return `${safeFileName(title.replace(/\s*\n\s*/g, ' '), '未命名文稿')}.${format}`;
}
