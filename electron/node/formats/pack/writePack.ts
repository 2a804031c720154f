import crypto from 'node:crypto';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type * as Fflate from 'fflate';
import { lazyRequire } from '../../lazyRequire';
import { PACK_FORMAT, PACK_FORMAT_VERSION, PACK_MANIFEST_ENTRY, originalEntry, rowsEntry } from './packFormat';
import type { PackManifest, PackRows } from './packSchemas';

const fflate = lazyRequire<typeof Fflate>('fflate');
const deflateRaw = promisify(zlib.deflateRaw);

export interface PackSourceInput {
  original: { format: string; bytes: Uint8Array; fromRawText: boolean };
  rows: PackRows;
}

/** Formats that are compressed already: deflating them again costs time and saves nothing. */
const STORED = new Set(['docx', 'pdf']);

/**
 * Writes a pack (packFormat) of the given sources; the manifest lists each with its counts and
 * checksums. fflate lays out the zip; the entries are deflated by Node's zlib on its thread pool
 * (a 20 MB pack took 4–5 s of the service thread with fflate's own deflate, and 2 s off it this way).
 */
export async function writePack(sources: PackSourceInput[], facts: { appVersion: string; createdAt: string }): Promise<Uint8Array> {
  const entries: Array<{ name: string; bytes: Uint8Array; store: boolean }> = [];
  const manifest: PackManifest = { format: PACK_FORMAT, formatVersion: PACK_FORMAT_VERSION, appVersion: facts.appVersion, createdAt: facts.createdAt, sources: [] };
  for (const s of sources) {
    const { id, title } = s.rows.sources[0]!;
    const rows = Buffer.from(JSON.stringify(s.rows), 'utf8');
    entries.push({ name: originalEntry(id, s.original.format), bytes: s.original.bytes, store: STORED.has(s.original.format) }, { name: rowsEntry(id), bytes: rows, store: false });
    manifest.sources.push({
      id,
      title,
      works: s.rows.works.length,
      passages: s.rows.passages.length,
      corrections: s.rows.passages.filter((p) => typeof p.original_text === 'string').length,
      original: { format: s.original.format, size: s.original.bytes.length, sha256: sha256(s.original.bytes), fromRawText: s.original.fromRawText },
      rows: { size: rows.length, sha256: sha256(rows) },
    });
  }
  // The manifest first, so a reader (or a person with an unzip tool) meets it before the bulk.
  entries.unshift({ name: PACK_MANIFEST_ENTRY, bytes: Buffer.from(JSON.stringify(manifest, null, 2), 'utf8'), store: false });
  const compressed = await Promise.all(entries.map((e) => (e.store ? new Uint8Array(e.bytes) : deflateRaw(e.bytes, { level: 6 }))));
  return new Promise<Uint8Array>((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    const zip = new (fflate().Zip)((err, chunk, final) => {
      if (err) return reject(err);
      chunks.push(chunk);
      if (final) resolve(Buffer.concat(chunks));
    });
    entries.forEach((e, i) => {
      const file: Fflate.ZipInputFile = { filename: e.name, size: e.bytes.length, crc: zlib.crc32(e.bytes), compression: e.store ? 0 : 8 };
      zip.add(file);
      file.ondata!(null, compressed[i]!, true);
    });
    zip.end();
  });
}

function sha256(bytes: Uint8Array): string {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}
