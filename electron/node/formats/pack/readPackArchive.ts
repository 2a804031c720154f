import zlib from 'node:zlib';
import { ApiError } from '../../../shared/api/ApiError';
import { PACK_UNPACKED_MAX } from './packFormat';
import { readZipDirectory, zipEntryData, type ZipEntry } from '../zip/readZipDirectory';

/** More entries than a pack of the most sources has (two per source and the manifest). */
const ENTRIES_MAX = 5000;

/** A pack's zip, its directory checked; entries are inflated one at a time, on demand. */
export interface PackArchive {
  has(name: string): boolean;
  /**
   * The entry's bytes. It may not declare or inflate to more than `cap`, nor past what is left of
   * the whole pack's budget; what comes out must have the declared size and checksum.
   */
  read(name: string, cap: number): Buffer;
}

/**
 * Opens a pack as a hostile zip, the way the formats module checks a .docx (checkDocxArchive): the
 * central directory is read and checked before a byte is inflated — entries neither encrypted nor
 * ZIP64, names relative and plain (no `..`, no absolute or drive paths, no backslashes or control
 * characters, none twice), declared sizes within the budget — and each entry is inflated with an
 * output cap, so a zip bomb stops at the cap whatever its directory says. Nothing is ever written to
 * disk under an entry's name.
 */
export function readPackArchive(bytes: Uint8Array, fileName: string): PackArchive {
  // Details name the file and the entry at fault, never a reason in one language: the message says it.
  const damaged = (entry?: string) => new ApiError('pack_damaged', entry ? `${fileName}（${entry}）` : fileName);
  if (bytes.length < 22 || !(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)) throw damaged();
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = new Map<string, ZipEntry>();
  for (const entry of readZipDirectory(buf, ENTRIES_MAX, { damaged, tooMany: () => damaged() })) {
    // A pack is written by this app: stored or deflated, never encrypted, never ZIP64 sizes.
    if (entry.flags & 1 || (entry.method !== 0 && entry.method !== 8)) throw damaged();
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff || (entry.method === 0 && entry.size !== entry.compressedSize)) throw damaged();
    if (!isPlainName(entry.name)) throw new ApiError('pack_invalid', { file: fileName, where: JSON.stringify(entry.name.slice(0, 80)) });
    if (entries.has(entry.name)) throw new ApiError('pack_invalid', { file: fileName, where: `${entry.name} ×2` });
    entries.set(entry.name, entry);
  }
  const declared = [...entries.values()].reduce((sum, e) => sum + e.size, 0);
  if (declared > PACK_UNPACKED_MAX) throw new ApiError('file_unpack_limit', fileName);
  let unpacked = 0;
  return {
    has: (name) => entries.has(name),
    read(name, cap) {
      const entry = entries.get(name);
      if (!entry) throw damaged(name);
      const limit = Math.min(cap, PACK_UNPACKED_MAX - unpacked);
      if (entry.size > limit) throw new ApiError('file_unpack_limit', `${fileName}（${name}）`);
      const data = zipEntryData(buf, entry, damaged);
      const out = inflate(data, entry, fileName, damaged);
      if (out.length !== entry.size || zlib.crc32(out) !== entry.crc) throw damaged(name);
      unpacked += out.length;
      return out;
    },
  };
}

/**
 * A relative path that stays inside any folder it were unpacked to: no absolute or drive path, no
 * `.` or `..` segment, no backslash (a separator on Windows), no control characters. Other odd names
 * ([Content_Types].xml of a .docx renamed .qwpack) are merely not a pack's, and are never read.
 */
function isPlainName(name: string): boolean {
  if (name.length === 0 || name.length > 255 || name.startsWith('/') || name.endsWith('/')) return false;
  // eslint-disable-next-line no-control-regex
  if (/[\\:\u0000-\u001f\u007f]/.test(name)) return false;
  return name.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}

function inflate(data: Buffer, entry: ZipEntry, fileName: string, damaged: (entry?: string) => ApiError): Buffer {
  if (entry.method === 0) return data;
  try {
    // One byte more than declared would be a lie: maxOutputLength stops there, not at the bomb's end.
    return zlib.inflateRawSync(data, { maxOutputLength: entry.size + 1 });
  } catch (err) {
    if (err instanceof RangeError || (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw new ApiError('file_unpack_limit', `${fileName}（${entry.name}）`);
    throw damaged(entry.name);
  }
}
