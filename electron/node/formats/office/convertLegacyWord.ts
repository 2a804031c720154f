import { ApiError } from '../../../shared/api/ApiError';
import { findSoffice, runLibreOffice } from './runLibreOffice';

/**
 * An old binary Word (.doc) or WPS (.wps) file as .docx bytes, through LibreOffice when it is
 * installed; without it the user is told what to install or how to save the file instead.
 */
export async function convertLegacyWord(bytes: Uint8Array, fileName: string, soffice: string | null = findSoffice()): Promise<Buffer> {
  if (!soffice) throw new ApiError('libreoffice_missing', fileName);
  const ext = /\.wps$/i.test(fileName) ? '.wps' : '.doc';
  try {
    return await runLibreOffice({ bytes, ext, to: 'docx:MS Word 2007 XML', soffice, code: 'file_damaged', timeoutMs: 90_000 });
  } catch (err) {
    // LibreOffice's own words stay out of the message: the file could not be read, that is all.
    if (err instanceof ApiError) throw new ApiError('file_damaged', fileName);
    throw err;
  }
}
