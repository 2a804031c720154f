import type Database from 'better-sqlite3';
import { z } from 'zod';
import { readSearchGeneration } from '../library/search/readSearchGeneration';

/**
 * The check index as stored beside the passages it indexes (library.db at build time, user.db when
 * the own sources change), so the first check after a start reads it instead of building it. The table
 * `check_index (part, seq, data)` is in librarySchema and user.db's migration 16: one
 * `meta` row (JSON: format, parameters, array sizes and the signature of the passages it was built
 * from) and each array in chunks of at most CHUNK_BYTES, in the machine's byte order (little-endian on
 * every platform the app ships for; the meta says so, and another order is rebuilt, never misread).
 */
// 1: corpus, starts, keys, offsets, counts, postings, ids (newline-joined) and works (titles + a number per passage).
// 2: the corpus in chunks of CHECK_CORPUS_CHUNK_BYTES, read on demand (the fingerprint table at once).
export const CHECK_INDEX_FORMAT = 2;

/**
 * Reading holds one chunk beside the arrays (each is a fresh buffer, garbage once copied): 4 MB keeps
 * that small (with 32 MB chunks the host's memory after the first check at 200k passages was 285 MiB,
 * 10 MiB above building the index at the check); any stored chunk size reads back alike.
 */
export const CHECK_INDEX_CHUNK_BYTES = 4 * 1024 * 1024;

/**
 * The passages' normalised text (`corpus`, two thirds of the index) is stored in small chunks: a check
 * reads only those holding the passages its fingerprints point at, so the first check after a start
 * does not wait for the whole library's text (135 MB at 200,000 passages) to be read.
 */
export const CHECK_CORPUS_CHUNK_BYTES = 64 * 1024;

export const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

export const checkIndexMetaSchema = z.object({
  format: z.number().int(),
  littleEndian: z.boolean(),
  /** checkIndexSignature of the passages indexed. */
  signature: z.string(),
  minRun: z.number().int(),
  k: z.number().int(),
  w: z.number().int(),
  cap: z.number().int(),
  cappedHashes: z.number().int(),
  /** Chunk size of the stored corpus. */
  corpusChunkBytes: z.number().int().positive().multipleOf(2),
  /** Byte length of each stored array. */
  bytes: z.record(z.number().int().nonnegative()),
  /** Distinct work titles; the `works` array holds an index into it per passage. Null: no works. */
  workTitles: z.array(z.string()).nullable(),
});

export type CheckIndexMeta = z.infer<typeof checkIndexMetaSchema>;

/**
 * What a stored index must have been built from: the passages' search index build (every change of
 * the passages rebuilds it with a new random generation), their count and last rowid. One indexed read.
 */
export function checkIndexSignature(db: Database.Database): string {
  const r = db.prepare<[], { n: number; m: number }>('SELECT count(*) AS n, coalesce(max(rowid), 0) AS m FROM passages').get()!;
  return `${readSearchGeneration(db) ?? 'none'}:${r.n}:${r.m}`;
}
