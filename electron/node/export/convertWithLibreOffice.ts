import { runLibreOffice } from '../formats/office/runLibreOffice';

export { findSoffice } from '../formats/office/runLibreOffice';

/** A .docx converted to PDF by LibreOffice headless (the browser host's and the CLI's PDF). */
export function convertDocxToPdf(docx: Buffer, soffice: string, timeoutMs = 120_000): Promise<Buffer> {
  return runLibreOffice({ bytes: docx, ext: '.docx', to: 'pdf', soffice, code: 'pdf_unavailable', timeoutMs });
}
