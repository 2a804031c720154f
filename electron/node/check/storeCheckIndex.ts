import type Database from 'better-sqlite3';
import type { CheckIndex } from '../../shared/check/CheckIndex';
import { CHECK_CORPUS_CHUNK_BYTES, CHECK_INDEX_CHUNK_BYTES, CHECK_INDEX_FORMAT, LITTLE_ENDIAN, type CheckIndexMeta } from './checkIndexFormat';

/**
 * Writes `index` into `db` (checkIndexFormat), replacing any stored one, in one transaction: a reader
 * sees the old index or the new, never half of one. `signature` names the passages it was built from.
 */
export function storeCheckIndex(db: Database.Database, index: CheckIndex, signature: string): void {
  const { keys, offsets, counts } = index.table;
  const titles = new Map<string, number>();
  const workOf = index.works ? Uint32Array.from(index.works, (w) => titles.get(w) ?? (titles.set(w, titles.size), titles.size - 1)) : null;
  const arrays: Record<string, Uint8Array | Uint16Array | Uint32Array> = {
    corpus: index.corpus,
    starts: index.starts,
    keys,
    offsets,
    counts,
    postings: index.postings,
    ids: Buffer.from(index.ids.join('\n'), 'utf8'),
    ...(workOf ? { works: workOf } : {}),
  };
  const meta: CheckIndexMeta = {
    format: CHECK_INDEX_FORMAT,
    littleEndian: LITTLE_ENDIAN,
    signature,
    minRun: index.minRun,
    k: index.k,
    w: index.w,
    cap: index.cap,
    cappedHashes: index.cappedHashes,
    corpusChunkBytes: CHECK_CORPUS_CHUNK_BYTES,
    bytes: Object.fromEntries(Object.entries(arrays).map(([name, a]) => [name, a.byteLength])),
    workTitles: workOf ? [...titles.keys()] : null,
  };
  const put = db.prepare('INSERT INTO check_index (part, seq, data) VALUES (?, ?, ?)');
  db.transaction(() => {
    db.prepare('DELETE FROM check_index').run();
    put.run('meta', 0, Buffer.from(JSON.stringify(meta), 'utf8'));
    for (const [name, a] of Object.entries(arrays)) {
      // Views of the arrays' own memory, chunk by chunk: storing copies nothing whole.
      const size = name === 'corpus' ? CHECK_CORPUS_CHUNK_BYTES : CHECK_INDEX_CHUNK_BYTES;
      for (let at = 0, seq = 0; at < a.byteLength || seq === 0; at += size, seq++) {
        put.run(name, seq, Buffer.from(a.buffer, a.byteOffset + at, Math.min(size, a.byteLength - at)));
      }
    }
  })();
}
