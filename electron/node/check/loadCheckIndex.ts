import type Database from 'better-sqlite3';
import { CheckIndex } from '../../shared/check/CheckIndex';
import { CHECK_CAP, CHECK_K, checkWindow } from '../../shared/check/checkParams';
import { parseJsonColumn } from '../db/parseJsonColumn';
import { CHECK_INDEX_FORMAT, LITTLE_ENDIAN, checkIndexMetaSchema } from './checkIndexFormat';

const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The stored index's description; null when damaged: the index is only a cache, the check builds it again. */
function readMeta(data: Buffer) {
  try {
    return parseJsonColumn(checkIndexMetaSchema, data.toString('utf8'), 'check_index meta');
  } catch {
    return null;
  }
}


/**
 * The stored check index of `db` (storeCheckIndex) for this threshold, or null when there is none
 * that fits: another format, byte order, threshold or cap, or passages changed since (`signature`).
 * Reads chunk by chunk into arrays of the final size (memory: the index plus one chunk) and yields
 * between chunks, so the host keeps answering while a large library's index is read. With
 * `corpusOnDemand` (a database that does not change under the index: the shipped library, opened
 * read-only) the passages' text is read when a check first needs a chunk of it (CheckIndex.ensureText):
 * the rest stays unread, and its pages of the array untouched.
 */
export async function loadCheckIndex(
  db: Database.Database,
  minRun: number,
  signature: string,
  onProgress: (fraction: number) => void = () => undefined,
  options: { corpusOnDemand?: boolean } = {},
): Promise<CheckIndex | null> {
  let metaRow: { data: Buffer } | undefined;
  try {
    metaRow = db.prepare<[], { data: Buffer }>("SELECT data FROM check_index WHERE part = 'meta' AND seq = 0").get();
  } catch {
    return null; // no such table: a library or user.db from before stored indexes
  }
  if (!metaRow) return null;
  const meta = readMeta(metaRow.data);
  if (!meta) return null;
  if (meta.format !== CHECK_INDEX_FORMAT || meta.littleEndian !== LITTLE_ENDIAN || meta.signature !== signature) return null;
  if (meta.minRun !== minRun || meta.k !== CHECK_K || meta.w !== checkWindow(minRun) || meta.cap !== CHECK_CAP) return null;
  const chunks = db.prepare<[string], { data: Buffer }>('SELECT data FROM check_index WHERE part = ? ORDER BY seq');
  const onDemand = options.corpusOnDemand === true;
  const total = Object.entries(meta.bytes).reduce((n, [part, b]) => (onDemand && part === 'corpus' ? n : n + b), 0);
  let done = 0;
  // An array's bytes, in a buffer of their own that the typed view then takes without a copy.
  const read = async (part: string): Promise<ArrayBuffer> => {
    const length = meta.bytes[part];
    if (length === undefined) throw new Error(`stored check index without ${part}`);
    const bytes = new Uint8Array(length);
    let at = 0;
    for (const { data: chunk } of chunks.iterate(part)) {
      bytes.set(chunk, at);
      at += chunk.length;
      done += chunk.length;
      onProgress(done / Math.max(1, total));
      await yieldToEvents();
    }
    if (at !== bytes.length) throw new Error(`stored check index: ${part} has ${at} of ${bytes.length} bytes`);
    return bytes.buffer;
  };
  const corpusBytes = meta.bytes.corpus;
  if (corpusBytes === undefined) throw new Error('stored check index without corpus');
  let corpus: Uint16Array;
  let loadText: ((start: number, end: number) => void) | undefined;
  if (onDemand) {
    // Zero-filled by the allocator without touching its pages: memory grows with the chunks read.
    corpus = new Uint16Array(corpusBytes / 2);
    const bytes = new Uint8Array(corpus.buffer);
    const chunkBytes = meta.corpusChunkBytes;
    const read = new Uint8Array(Math.ceil(corpusBytes / chunkBytes));
    const chunk = db.prepare<[number], { data: Buffer }>("SELECT data FROM check_index WHERE part = 'corpus' AND seq = ?");
    loadText = (start, end) => {
      const last = Math.min(read.length - 1, Math.floor((end * 2 - 1) / chunkBytes));
      for (let c = Math.floor((start * 2) / chunkBytes); c <= last; c++) {
        if (read[c]) continue;
        const row = chunk.get(c);
        const expected = Math.min(chunkBytes, corpusBytes - c * chunkBytes);
        if (!row || row.data.length !== expected) throw new Error(`stored check index: corpus chunk ${c} missing or short`);
        bytes.set(row.data, c * chunkBytes);
        read[c] = 1;
      }
    };
  } else corpus = new Uint16Array(await read('corpus'));
  const starts = new Uint32Array(await read('starts'));
  const keys = new Uint32Array(await read('keys'));
  const offsets = new Uint32Array(await read('offsets'));
  const counts = new Uint8Array(await read('counts'));
  const postings = new Uint32Array(await read('postings'));
  const idText = Buffer.from(await read('ids')).toString('utf8');
  const ids = idText === '' && starts.length === 1 ? [] : idText.split('\n');
  let works: string[] | null = null;
  if (meta.workTitles) {
    const titles = meta.workTitles;
    works = Array.from(new Uint32Array(await read('works')), (w) => titles[w] ?? '');
  }
  if (ids.length + 1 !== starts.length || (works && works.length !== ids.length)) throw new Error('stored check index: passage counts disagree');
  return new CheckIndex(meta.minRun, meta.k, meta.w, meta.cap, ids, corpus, starts, keys, offsets, counts, postings, meta.cappedHashes, works, loadText);
}
