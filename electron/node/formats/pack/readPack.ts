import crypto from 'node:crypto';
import type { z } from 'zod';
import { ApiError } from '../../../shared/api/ApiError';
import { fileTooLarge } from '../../../shared/api/fileTooLarge';
import { PACK_FILE_MAX } from '../../../shared/api/apiLimits';
import { PACK_FORMAT_VERSION, PACK_MANIFEST_ENTRY, PACK_MANIFEST_MAX, PACK_ORIGINAL_MAX, PACK_ROWS_MAX, originalEntry, rowsEntry } from './packFormat';
import { packManifest, packManifestHead, packRows, type PackManifest, type PackManifestSource, type PackRows } from './packSchemas';
import { readPackArchive, type PackArchive } from './readPackArchive';

export interface PackSource {
  entry: PackManifestSource;
  original: Buffer;
  rows: PackRows;
}

export interface PackContents {
  manifest: PackManifest;
  sources: PackSource[];
}

/**
 * Reads and checks a whole pack before anything is written: the archive (readPackArchive), the
 * manifest — its format version first, so a pack from a newer version is told apart from a damaged
 * one — then each source's original and rows against the manifest's sizes and checksums and the
 * schemas, and finally that the rows hang together (every occurrence inside its source's raw text,
 * in one of its works, naming a passage the pack carries). Throws pack_damaged, pack_newer_version,
 * pack_invalid, file_too_large or file_unpack_limit.
 */
export function readPack(bytes: Uint8Array, fileName: string): PackContents {
  if (bytes.length > PACK_FILE_MAX) throw fileTooLarge(fileName, bytes.length, PACK_FILE_MAX);
  const archive = readPackArchive(bytes, fileName);
  if (!archive.has(PACK_MANIFEST_ENTRY)) throw new ApiError('pack_damaged', `${fileName}（${PACK_MANIFEST_ENTRY}）`);
  const manifestJson = parseJson(archive.read(PACK_MANIFEST_ENTRY, PACK_MANIFEST_MAX), fileName, PACK_MANIFEST_ENTRY);
  const head = packManifestHead.safeParse(manifestJson);
  if (!head.success) throw new ApiError('pack_damaged', `${fileName}（${PACK_MANIFEST_ENTRY}）`);
  if (head.data.formatVersion > PACK_FORMAT_VERSION) throw new ApiError('pack_newer_version', String(head.data.formatVersion));
  const manifest = validate(packManifest, manifestJson, fileName, PACK_MANIFEST_ENTRY);
  const ids = new Set<string>();
  const sources = manifest.sources.map((entry) => {
    if (ids.has(entry.id)) throw new ApiError('pack_invalid', { file: fileName, where: `${PACK_MANIFEST_ENTRY} sources: ${entry.id} ×2` });
    ids.add(entry.id);
    return readSource(archive, entry, fileName);
  });
  return { manifest, sources };
}

function readSource(archive: PackArchive, entry: PackManifestSource, fileName: string): PackSource {
  const originalName = originalEntry(entry.id, entry.original.format);
  const original = archive.read(originalName, PACK_ORIGINAL_MAX);
  if (original.length !== entry.original.size || sha256(original) !== entry.original.sha256) throw new ApiError('pack_damaged', `${fileName}（${originalName}）`);
  const rowsName = rowsEntry(entry.id);
  const rowsBytes = archive.read(rowsName, PACK_ROWS_MAX);
  if (rowsBytes.length !== entry.rows.size || sha256(rowsBytes) !== entry.rows.sha256) throw new ApiError('pack_damaged', `${fileName}（${rowsName}）`);
  const rows = validate(packRows, parseJson(rowsBytes, fileName, rowsName), fileName, rowsName);
  checkRows(rows, entry, (where) => new ApiError('pack_invalid', { file: fileName, where: `${rowsName} ${where}` }));
  return { entry, original, rows };
}

/**
 * The rows of one source hang together, and agree with what the manifest says of them. A refusal
 * names the row at fault (`occurrences.12`), as the schema's refusals name a field.
 */
function checkRows(rows: PackRows, entry: PackManifestSource, invalid: (where: string) => ApiError): void {
  const source = rows.sources[0]!;
  if (source.id !== entry.id) throw invalid('sources.0.id');
  const rawLength = source.raw_text.length;
  const works = new Set<string>();
  rows.works.forEach((w, i) => {
    if (w.source_id !== entry.id || works.has(w.id)) throw invalid(`works.${i}`);
    works.add(w.id);
  });
  const passages = new Set<string>();
  rows.passages.forEach((p, i) => {
    if (passages.has(p.id)) throw invalid(`passages.${i}`);
    passages.add(p.id);
  });
  const named = new Set<string>();
  const keys = new Set<string>();
  rows.occurrences.forEach((o, i) => {
    // Inside the raw text, in a work of this source, of a passage the pack carries, once.
    const key = `${o.passage_id}:${o.start}`;
    if (o.source_id !== entry.id || !works.has(o.work_id) || !passages.has(o.passage_id) || o.start > o.end || o.end > rawLength || keys.has(key)) throw invalid(`occurrences.${i}`);
    keys.add(key);
    named.add(o.passage_id);
  });
  const orphan = rows.passages.findIndex((p) => !named.has(p.id));
  if (orphan >= 0) throw invalid(`passages.${orphan}`);
  const foreign = rows.report.findIndex((r) => r.source_id !== entry.id);
  if (foreign >= 0) throw invalid(`report.${foreign}`);
  const corrections = rows.passages.filter((p) => typeof p.original_text === 'string').length;
  if (entry.works !== works.size || entry.passages !== passages.size || entry.corrections !== corrections) throw invalid(PACK_MANIFEST_ENTRY);
}

function parseJson(bytes: Buffer, fileName: string, entryName: string): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new ApiError('pack_damaged', `${fileName}（${entryName}）`);
  }
}

function validate<T extends z.ZodTypeAny>(schema: T, value: unknown, fileName: string, entryName: string): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  // The field at fault, not the schema's English words for what is wrong with it.
  const path = parsed.error.issues[0]?.path.join('.');
  throw new ApiError('pack_invalid', { file: fileName, where: `${entryName}${path ? ` ${path}` : ''}` });
}

function sha256(bytes: Uint8Array): string {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}
