import { ApiError } from '../../../shared/api/ApiError';
import { loadMammoth } from './loadMammoth';

/** A checked .docx's text as mammoth extracts it: paragraphs apart by a blank line. */
export async function readDocxText(docx: Uint8Array, fileName: string): Promise<string> {
  try {
    const result = await (await loadMammoth()).extractRawText({ buffer: Buffer.from(docx.buffer, docx.byteOffset, docx.byteLength) });
    return result.value;
  } catch {
    throw new ApiError('file_damaged', fileName);
  }
}
