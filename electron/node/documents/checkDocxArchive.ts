import zlib from 'node:zlib';
import { ApiError } from '../../shared/api/ApiError';

/** What the parts of one .docx may unpack to, together: far above any real draft, far below a zip bomb. */
export const DOCX_UNPACKED_MAX = 200 * 1024 * 1024;
/** More entries than any Word document has. */
const ENTRIES_MAX = 5000;

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/**
 * Refuses what mammoth must never be given, before it sees a byte: an empty file, an encrypted or old
 * binary Word file, bytes that are not a zip, a damaged zip, one whose entries are encrypted, and a
 * zip bomb — by the sizes its central directory declares, then by actually inflating the XML parts
 * mammoth reads with an output cap, so a directory that lies about sizes is caught too.
 */
export function checkDocxArchive(bytes: Uint8Array, fileName: string): void {
  if (bytes.length === 0) throw new ApiError('file_empty', fileName);
  if (CFB_MAGIC.every((b, i) => bytes[i] === b)) {
    // Word's "encrypt with password" stores the real .docx inside an OLE compound file, next to an
    // EncryptionInfo stream; an OLE file without one is an old binary .doc (or .wps) renamed.
    if (Buffer.from(bytes).includes(Buffer.from('EncryptionInfo', 'utf16le'))) throw new ApiError('file_encrypted', fileName);
    throw new ApiError('file_damaged', `${fileName}：这是旧版 Word（.doc）或其他格式的文件，请在 Word/WPS 中另存为 .docx 后再打开`);
  }
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)) {
    throw new ApiError('file_damaged', `${fileName}：不是 Word 文档（.docx 应为 zip 压缩格式）`);
  }
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = readCentralDirectory(buf, fileName);
  if (entries.some((e) => e.flags & 1)) throw new ApiError('file_encrypted', fileName);
  if (!entries.some((e) => e.name === 'word/document.xml')) throw new ApiError('file_damaged', `${fileName}：压缩包中没有 Word 正文（word/document.xml）`);
  const declared = entries.reduce((sum, e) => sum + e.size, 0);
  if (declared > DOCX_UNPACKED_MAX || entries.some((e) => e.size === 0xffffffff)) throw new ApiError('file_unpack_limit', `${fileName}：声明解压后 ${mib(declared)}`);

  let inflated = 0;
  for (const entry of entries) {
    if (!/\.(xml|rels)$/i.test(entry.name)) continue;
    const data = entryData(buf, entry, fileName);
    // A part may not inflate to more than it declares, nor past what is left of the budget.
    const cap = Math.min(entry.size, DOCX_UNPACKED_MAX - inflated);
    let out: Buffer;
    if (entry.method === 0) out = data;
    else if (entry.method === 8) {
      try {
        out = zlib.inflateRawSync(data, { maxOutputLength: Math.max(cap, 1) });
      } catch (err) {
        if (err instanceof RangeError || (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
          throw new ApiError('file_unpack_limit', `${fileName}：${entry.name} 解压后超过声明的大小`);
        }
        throw new ApiError('file_damaged', `${fileName}：${entry.name} 无法解压`);
      }
    } else throw new ApiError('file_damaged', `${fileName}：不支持的压缩方式 ${entry.method}`);
    if (out.length > cap) throw new ApiError('file_unpack_limit', `${fileName}：${entry.name} 解压后超过声明的大小`);
    inflated += out.length;
  }
}

function mib(n: number): string {
  return `${(n / 1048576).toFixed(0)} MB`;
}

function readCentralDirectory(buf: Buffer, fileName: string): ZipEntry[] {
  const damaged = () => new ApiError('file_damaged', `${fileName}：压缩包已损坏（文件可能不完整）`);
  // The end-of-central-directory record is in the last 22 bytes plus at most a 64 KiB comment.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw damaged();
  const count = buf.readUInt16LE(eocd + 10);
  const size = buf.readUInt32LE(eocd + 12);
  const offset = buf.readUInt32LE(eocd + 16);
  if (count > ENTRIES_MAX) throw new ApiError('file_unpack_limit', `${fileName}：${count} 个压缩条目`);
  if (offset + size > eocd) throw damaged();
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let k = 0; k < count; k++) {
    if (at + 46 > eocd || buf.readUInt32LE(at) !== CENTRAL) throw damaged();
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    entries.push({
      flags: buf.readUInt16LE(at + 8),
      method: buf.readUInt16LE(at + 10),
      compressedSize: buf.readUInt32LE(at + 20),
      size: buf.readUInt32LE(at + 24),
      localOffset: buf.readUInt32LE(at + 42),
      name: buf.toString('utf8', at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function entryData(buf: Buffer, entry: ZipEntry, fileName: string): Buffer {
  const at = entry.localOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== LOCAL) throw new ApiError('file_damaged', `${fileName}：压缩包已损坏（${entry.name}）`);
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  if (start + entry.compressedSize > buf.length) throw new ApiError('file_damaged', `${fileName}：压缩包已损坏（文件可能不完整）`);
  return buf.subarray(start, start + entry.compressedSize);
}
