import { z } from 'zod';
import { CITATION_EDITIONS, NOTE_STYLES } from '../citations/citationStyles';
import { EXPORT_FORMATS } from './exportFormats';
import { LAYOUTS } from './formatProfile';

/** A face a format asks for that this machine lacks, and the installed face used instead (null: none of its kind). */
export const fontSubstitutionSchema = z.object({ font: z.string(), replacement: z.string().nullable() }).strict();

/** What an exported file is, whichever side holds its bytes. */
export const exportFactsSchema = z
  .object({
    fileName: z.string(),
    mimeType: z.string(),
    format: z.enum(EXPORT_FORMATS),
    /** The layout and the unit format (its name) a DOCX or PDF was laid out in; null for Markdown and text. */
    layout: z.enum(LAYOUTS).nullable(),
    profileName: z.string().nullable(),
    /** For a PDF made here: the format's faces this machine lacks and what was used instead. */
    fonts: z.array(fontSubstitutionSchema),
    /** Which route made a PDF (LibreOffice converting the DOCX, or Electron printing the print view), so the UI and CLI can say so. */
    pdfEngine: z.enum(['libreoffice']).nullable(),
    /** The note style and GB/T 7714 edition the file was made with. */
    notes: z.enum(NOTE_STYLES),
    edition: z.enum(CITATION_EDITIONS),
    references: z.boolean(),
  })
  .strict();

/** An export as the contract returns it: its size and its bytes in base64. */
export const exportResultSchema = exportFactsSchema.extend({ bytes: z.number().int(), dataBase64: z.string() }).strict();
