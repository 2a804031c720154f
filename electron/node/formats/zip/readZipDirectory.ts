const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export interface ZipEntry {
  name: string;
  /** General-purpose flags; bit 0 is encryption. */
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** How a reader names what is wrong: the file's own error codes (a .docx and a pack say it differently). */
export interface ZipErrors {
  damaged: (entry?: string) => Error;
  /** More entries than the reader allows. */
  tooMany: () => Error;
}

/**
 * The central directory of a zip held in memory, the one reader of it for .docx files and library
 * packs: found within the last 64 KiB, inside the file, no more than `entriesMax` entries, each record
 * inside the directory. It reads structure only; what an entry may be (encrypted, stored or deflated,
 * its sizes) is the caller's policy, and every entry is still inflated by the caller with its own cap.
 */
export function readZipDirectory(buf: Buffer, entriesMax: number, errors: ZipErrors): ZipEntry[] {
  // The end-of-central-directory record is in the last 22 bytes plus at most a 64 KiB comment.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw errors.damaged();
  const count = buf.readUInt16LE(eocd + 10);
  const size = buf.readUInt32LE(eocd + 12);
  const offset = buf.readUInt32LE(eocd + 16);
  if (count > entriesMax) throw errors.tooMany();
  // ZIP64 (its fields all ones here) is never needed for a draft or a pack.
  if (size === 0xffffffff || offset === 0xffffffff || offset + size > eocd) throw errors.damaged();
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let k = 0; k < count; k++) {
    if (at + 46 > offset + size || buf.readUInt32LE(at) !== CENTRAL) throw errors.damaged();
    const nameLength = buf.readUInt16LE(at + 28);
    entries.push({
      flags: buf.readUInt16LE(at + 8),
      method: buf.readUInt16LE(at + 10),
      crc: buf.readUInt32LE(at + 16),
      compressedSize: buf.readUInt32LE(at + 20),
      size: buf.readUInt32LE(at + 24),
      localOffset: buf.readUInt32LE(at + 42),
      name: buf.toString('utf8', at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return entries;
}

/** An entry's compressed bytes, after its local header. */
export function zipEntryData(buf: Buffer, entry: ZipEntry, damaged: (entry?: string) => Error): Buffer {
  const at = entry.localOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== LOCAL) throw damaged(entry.name);
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  if (start + entry.compressedSize > buf.length) throw damaged(entry.name);
  return buf.subarray(start, start + entry.compressedSize);
}
