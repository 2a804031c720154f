const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export interface ZipEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/**
 * The central directory of a zip held in memory, checked as it is read: found within the last 64 KiB,
 * inside the file, no more than `entriesMax` entries, none encrypted, ZIP64 or compressed other than
 * stored or deflated. Sizes are as declared: a reader inflates each entry with its own cap. Written
 * for packs; checkDocxArchive reads a .docx's directory the same way and could share this. `damaged`
 * makes the error, given the entry at fault when there is one.
 */
export function readZipDirectory(buf: Buffer, entriesMax: number, damaged: (entry?: string) => Error): ZipEntry[] {
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
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) throw damaged();
  if (count > entriesMax) throw damaged();
  if (offset + size > eocd) throw damaged();
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let k = 0; k < count; k++) {
    if (at + 46 > offset + size || buf.readUInt32LE(at) !== CENTRAL) throw damaged();
    const flags = buf.readUInt16LE(at + 8);
    const nameLength = buf.readUInt16LE(at + 28);
    const entry: ZipEntry = {
      method: buf.readUInt16LE(at + 10),
      crc: buf.readUInt32LE(at + 16),
      compressedSize: buf.readUInt32LE(at + 20),
      size: buf.readUInt32LE(at + 24),
      localOffset: buf.readUInt32LE(at + 42),
      name: buf.toString('utf8', at + 46, at + 46 + nameLength),
    };
    if (flags & 1) throw damaged();
    if (entry.method !== 0 && entry.method !== 8) throw damaged();
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff) throw damaged();
    if (entry.method === 0 && entry.size !== entry.compressedSize) throw damaged();
    entries.push(entry);
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
