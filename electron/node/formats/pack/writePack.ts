import crypto from 'node:crypto';
import type * as Fflate from 'fflate';
import { lazyRequire } from '../../lazyRequire';
import { PACK_FORMAT, PACK_FORMAT_VERSION, PACK_MANIFEST_ENTRY, originalEntry, rowsEntry } from './packFormat';
import type { PackManifest, PackRows } from './packSchemas';

const fflate = lazyRequire<typeof Fflate>('fflate');

export interface PackSourceInput {
  original: { format: string; bytes: Uint8Array; fromRawText: boolean };
  rows: PackRows;
}

/** Formats that are compressed already: deflating them again costs time and saves nothing. */
const STORED = new Set(['docx', 'pdf']);

/** Writes a pack (packFormat) of the given sources; the manifest lists each with its counts and checksums. */
export function writePack(sources: PackSourceInput[], facts: { appVersion: string; createdAt: string }): Uint8Array {
  const files: Fflate.Zippable = {};
  const manifest: PackManifest = { format: PACK_FORMAT, formatVersion: PACK_FORMAT_VERSION, appVersion: facts.appVersion, createdAt: facts.createdAt, sources: [] };
  for (const s of sources) {
    const { id, title } = s.rows.sources[0]!;
    const rows = Buffer.from(JSON.stringify(s.rows), 'utf8');
    files[originalEntry(id, s.original.format)] = [s.original.bytes, { level: STORED.has(s.original.format) ? 0 : 6 }];
    files[rowsEntry(id)] = [rows, { level: 6 }];
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
  return fflate().zipSync({ [PACK_MANIFEST_ENTRY]: [Buffer.from(JSON.stringify(manifest, null, 2), 'utf8'), { level: 6 }], ...files });
}

function sha256(bytes: Uint8Array): string {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}
