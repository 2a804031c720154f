import crypto from 'node:crypto';
import type { z } from 'zod';
import { ApiError } from '../../../shared/api/ApiError';
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
  if (bytes.length > PACK_FILE_MAX) throw new ApiError('file_too_large', `${fileName}（${(bytes.length / 1048576).toFixed(1)} MB）`);
  const archive = readPackArchive(bytes, fileName);
  if (!archive.has(PACK_MANIFEST_ENTRY)) throw new ApiError('pack_damaged', `${fileName}（no ${PACK_MANIFEST_ENTRY}）`);
  const manifestJson = parseJson(archive.read(PACK_MANIFEST_ENTRY, PACK_MANIFEST_MAX), fileName, PACK_MANIFEST_ENTRY);
  const head = packManifestHead.safeParse(manifestJson);
  if (!head.success) throw new ApiError('pack_damaged', `${fileName}（not a library pack）`);
  if (head.data.formatVersion > PACK_FORMAT_VERSION) throw new ApiError('pack_newer_version', String(head.data.formatVersion));
  const manifest = validate(packManifest, manifestJson, fileName, PACK_MANIFEST_ENTRY);
  const ids = new Set<string>();
  const sources = manifest.sources.map((entry) => {
    if (ids.has(entry.id)) throw new ApiError('pack_invalid', `${fileName}（${entry.id} twice）`);
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
  checkRows(rows, entry, (why) => new ApiError('pack_invalid', `${fileName}（${rowsName}: ${why}）`));
  return { entry, original, rows };
}

/** The rows of one source hang together, and agree with what the manifest says of them. */
function checkRows(rows: PackRows, entry: PackManifestSource, invalid: (why: string) => ApiError): void {
  const source = rows.sources[0]!;
  if (source.id !== entry.id) throw invalid(`source ${source.id}`);
  const rawLength = source.raw_text.length;
  const works = new Set<string>();
  for (const w of rows.works) {
    if (w.source_id !== entry.id) throw invalid(`work ${w.id} of another source`);
    if (works.has(w.id)) throw invalid(`work ${w.id} twice`);
    works.add(w.id);
  }
  const passages = new Set<string>();
  for (const p of rows.passages) {
    if (passages.has(p.id)) throw invalid(`passage ${p.id} twice`);
    passages.add(p.id);
  }
  const named = new Set<string>();
  const keys = new Set<string>();
  for (const o of rows.occurrences) {
    if (o.source_id !== entry.id) throw invalid(`occurrence of another source`);
    if (!works.has(o.work_id)) throw invalid(`occurrence in unknown work ${o.work_id}`);
    if (!passages.has(o.passage_id)) throw invalid(`occurrence of unknown passage ${o.passage_id}`);
    if (o.start > o.end || o.end > rawLength) throw invalid(`occurrence ${o.passage_id} at ${o.start}–${o.end} outside the raw text (${rawLength})`);
    const key = `${o.passage_id}:${o.start}`;
    if (keys.has(key)) throw invalid(`occurrence ${key} twice`);
    keys.add(key);
    named.add(o.passage_id);
  }
  const orphan = rows.passages.find((p) => !named.has(p.id));
  if (orphan) throw invalid(`passage ${orphan.id} occurs nowhere`);
  if (rows.report.some((r) => r.source_id !== entry.id)) throw invalid('report of another source');
  const corrections = rows.passages.filter((p) => typeof p.original_text === 'string').length;
  if (entry.works !== works.size || entry.passages !== passages.size || entry.corrections !== corrections) throw invalid('counts differ from the manifest');
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
  const issue = parsed.error.issues[0];
  throw new ApiError('pack_invalid', `${fileName}（${entryName}: ${issue?.path.join('.') || '(root)'} ${issue?.message ?? ''}）`.replace(/ ）$/, '）'));
}

function sha256(bytes: Uint8Array): string {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}
