import { ApiError } from '../../../shared/api/ApiError';
import { findSoffice, runLibreOffice } from './runLibreOffice';

/**
 * An old binary Word (.doc) or WPS (.wps) file as .docx bytes, through LibreOffice when it is
 * installed; without it the user is told what to install or how to save the file instead.
 */
export async function convertLegacyWord(bytes: Uint8Array, fileName: string, soffice: string | null = findSoffice()): Promise<Buffer> {
  // LibreOffice reads anything it does not recognise as plain text: garbage would come back as a
  // "document". Only a real Word/WPS compound file or an RTF file is handed to it.
  if (!isWordBinary(bytes) && !isRtf(bytes)) throw new ApiError('file_damaged', fileName);
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

/**
 * An OLE compound file (its header's byte-order mark and sector size are right) that holds a Word
 * or WPS text stream: "WordDocument" (Word 97–2003, WPS Office's .wps) or "CONTENTS" (older .wps).
 */
function isWordBinary(bytes: Uint8Array): boolean {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < 512 || buf.readUInt32BE(0) !== 0xd0cf11e0 || buf.readUInt32BE(4) !== 0xa1b11ae1) return false;
  if (buf.readUInt16LE(28) !== 0xfffe || ![9, 12].includes(buf.readUInt16LE(30))) return false;
  return buf.includes(Buffer.from('WordDocument', 'utf16le')) || buf.includes(Buffer.from('CONTENTS', 'utf16le'));
}

function isRtf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 5)).toString('latin1') === '{\\rtf';
}
