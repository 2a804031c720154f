import type Database from 'better-sqlite3';
import { SEARCH_INDEX_VERSION } from './searchIndexSchema';

function meta(db: Database.Database, key: string): unknown {
  return db.prepare<[string], { value: unknown }>('SELECT value FROM search_meta WHERE key = ?').get(key)?.value;
}

/** A copy: SQLite's buffers are not aligned for 8-byte reads. */
function floats(blob: unknown): Float64Array {
  return new Float64Array(new Uint8Array(blob as Buffer).buffer);
}

function uints(blob: unknown): Uint32Array {
  return new Uint32Array(new Uint8Array(blob as Buffer).buffer);
}

/** Per-document data of a search index, held in memory (about 13 bytes a passage plus headings). */
export class SearchDocs {
  readonly count: number;
  readonly rowids: Float64Array;
  /** Length of each passage's text, for BM25's length normalisation. */
  readonly lengths: Uint32Array;
  readonly averageLength: number;
  /** Heading id of each document, 0 for none. */
  readonly headingOf: Uint32Array;
  /** Folded heading texts by heading id (index 0 unused). */
  readonly headings: string[];
  /** Rank of each document's most authoritative source kind (0 = 权威文献): ties in ranking go to the lower. */
  readonly authority: Uint8Array;
  /** Changes with every rebuild (readSearchGeneration). */
  readonly generation: number;

  constructor(db: Database.Database) {
    let version: unknown;
    try {
      version = meta(db, 'version');
    } catch {
      throw new Error('This library has no search index: build it with buildSearchIndex().');
    }
    if (version !== SEARCH_INDEX_VERSION) throw new Error(`Search index version ${String(version)} is not ${SEARCH_INDEX_VERSION}: rebuild it.`);
    this.count = Number(meta(db, 'docs'));
    this.generation = Number(meta(db, 'generation') ?? 0);
    this.rowids = floats(meta(db, 'doc_rowids'));
    // Passages written after the index was built would be missed or mis-numbered: refuse, loudly.
    const now = db.prepare<[], { n: number; last: number | null }>('SELECT count(*) AS n, max(rowid) AS last FROM passages').get()!;
    if (now.n !== this.count || (now.last ?? 0) !== (this.count ? this.rowids[this.count - 1]! : 0)) {
      throw new Error('The search index is out of date with the passages: rebuild it with buildSearchIndex().');
    }
    this.lengths = uints(meta(db, 'doc_lengths'));
    this.headingOf = uints(meta(db, 'doc_headings'));
    this.authority = new Uint8Array(meta(db, 'doc_authority') as Buffer);
    this.averageLength = this.count ? Number(meta(db, 'units')) / this.count : 1;
    this.headings = [''];
    for (const h of db.prepare<[], { hid: number; folded: string }>('SELECT hid, folded FROM search_headings ORDER BY hid').all()) this.headings[h.hid] = h.folded;
  }

  /** The document of a rowid, or -1 (rowids are in increasing order). */
  docOf(rowid: number): number {
    let lo = 0;
    let hi = this.count - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const r = this.rowids[mid]!;
      if (r === rowid) return mid;
      if (r < rowid) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
}
