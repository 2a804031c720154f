import zlib from 'node:zlib';
import { ApiError } from '../../../shared/api/ApiError';
import { readZipDirectory, zipEntryData, type ZipEntry } from '../zip/readZipDirectory';

/** What the parts of one .docx may unpack to, together: far above any real draft, far below a zip bomb. */
export const DOCX_UNPACKED_MAX = 200 * 1024 * 1024;
/**
 * What the parts a reader parses (everything but pictures) may unpack to, together. mammoth holds a
 * parsed part in memory many times its size, so this bounds its memory and time: a 500-page report's
 * XML is a few MB.
 */
export const DOCX_PARSED_MAX = 48 * 1024 * 1024;
/** More entries than any Word document has. */
const ENTRIES_MAX = 5000;

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** What a .docx turned out to be, when it is not a zip: an old binary Word or WPS file. */
export type DocxCheck = 'docx' | 'legacy';

/**
 * Refuses what mammoth must never be given, before it sees a byte: an empty file, an encrypted Word
 * file, bytes that are not a zip, a damaged zip, encrypted entries, and a zip bomb. Sizes are checked
 * as declared, then by actually inflating every entry with an output cap — whatever its name, because
 * mammoth reads whichever part the relationships name (a main part renamed document.bin included).
 * Pictures, recognised by their first bytes, count toward the whole archive's limit; every other part
 * toward the much smaller limit of what gets parsed. An old binary .doc (or .wps) renamed .docx is
 * reported as 'legacy' for the caller to convert.
 */
export function checkDocxArchive(bytes: Uint8Array, fileName: string): DocxCheck {
  if (bytes.length === 0) throw new ApiError('file_empty', fileName);
  if (CFB_MAGIC.every((b, i) => bytes[i] === b)) {
    // Word's "encrypt with password" stores the real .docx inside an OLE compound file, next to an
    // EncryptionInfo stream; an OLE file without one is an old binary .doc (or .wps).
    if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from('EncryptionInfo', 'utf16le'))) throw new ApiError('file_encrypted', fileName);
    return 'legacy';
  }
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)) throw new ApiError('file_damaged', fileName);
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const damaged = () => new ApiError('file_damaged', fileName);
  const entries = readZipDirectory(buf, ENTRIES_MAX, { damaged, tooMany: () => new ApiError('file_unpack_limit', fileName) });
  if (entries.some((e) => e.flags & 1)) throw new ApiError('file_encrypted', fileName);
  const declared = entries.reduce((sum, e) => sum + e.size, 0);
  if (declared > DOCX_UNPACKED_MAX || entries.some((e) => e.size === 0xffffffff)) throw new ApiError('file_unpack_limit', fileName);

  let total = 0;
  let parsed = 0;
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue;
    const data = zipEntryData(buf, entry, damaged);
    if (isPicture(peek(data, entry, fileName))) {
      total += entry.size;
      continue;
    }
    // A part may not inflate to more than it declares, nor past what is left of either budget.
    const cap = Math.min(entry.size, DOCX_UNPACKED_MAX - total, DOCX_PARSED_MAX - parsed);
    const out = inflate(data, entry, cap, fileName);
    total += out.length;
    parsed += out.length;
  }
  if (!entries.some((e) => e.name === '_rels/.rels')) throw new ApiError('file_damaged', fileName);
  return 'docx';
}

function inflate(data: Buffer, entry: ZipEntry, cap: number, fileName: string): Buffer {
  if (entry.method === 0) {
    if (data.length > cap) throw new ApiError('file_unpack_limit', fileName);
    return data;
  }
  if (entry.method !== 8) throw new ApiError('file_damaged', fileName);
  try {
    return zlib.inflateRawSync(data, { maxOutputLength: Math.max(cap, 1) });
  } catch (err) {
    if (err instanceof RangeError || (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw new ApiError('file_unpack_limit', fileName);
    throw new ApiError('file_damaged', fileName);
  }
}

/** The first bytes of an entry, inflating no more than that. */
function peek(data: Buffer, entry: ZipEntry, fileName: string): Buffer {
  if (entry.method === 0) return data.subarray(0, 16);
  if (entry.method !== 8) throw new ApiError('file_damaged', fileName);
  try {
    return zlib.inflateRawSync(data.subarray(0, 512), { finishFlush: zlib.constants.Z_SYNC_FLUSH }).subarray(0, 16);
  } catch {
    throw new ApiError('file_damaged', fileName);
  }
}

const PICTURES: number[][] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x42, 0x4d], // BMP
  [0x49, 0x49, 0x2a, 0x00], // TIFF
  [0x4d, 0x4d, 0x00, 0x2a],
  [0x01, 0x00, 0x00, 0x00], // EMF
  [0xd7, 0xcd, 0xc6, 0x9a], // WMF
  [0x52, 0x49, 0x46, 0x46], // WebP (RIFF)
];

function isPicture(head: Buffer): boolean {
  return PICTURES.some((magic) => magic.every((b, i) => head[i] === b));
}
