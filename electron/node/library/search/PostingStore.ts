import type Database from 'better-sqlite3';
import { readTopList, type TopList } from './topListFormat';

export interface Posting {
  /** Documents in the list. */
  df: number;
  /** The entries (for unigrams: the stored form, unigramFormat). */
  bytes: Uint8Array;
  /** Bigrams: the entries' positions, in entry order (bigramFormat); empty otherwise. */
  readonly positions: Uint8Array;
  /** Bigrams read from the index: the stored length of `positions`, known before they are read. */
  positionsLength?: number;
}

/** A bigram list whose positions are read from the index on first use: a two-unit search never needs them. */
class StoredBigram implements Posting {
  private read: Uint8Array | null = null;

  constructor(
    readonly df: number,
    readonly bytes: Uint8Array,
    readonly positionsLength: number,
    private readonly load: () => Uint8Array,
  ) {}

  get positions(): Uint8Array {
    this.read ??= this.load();
    return this.read;
  }

  /** Bytes held in memory. */
  get held(): number {
    return this.bytes.byteLength + (this.read?.byteLength ?? 0);
  }
}

function heldBytes(p: Posting): number {
  return (p instanceof StoredBigram ? p.held : p.bytes.byteLength + p.positions.byteLength) + 64;
}

function view(b: Buffer): Uint8Array {
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}

const NONE: Posting = { df: 0, bytes: new Uint8Array(0), positions: new Uint8Array(0) };

/** A posting list's row: its document frequency and the encoded list. */
interface PostingRow {
  df: number;
  postings: Buffer;
}

/**
 * Reads posting lists by key, keeping recently used ones (by bytes, least recently used out):
 * typing 乡 → 乡村 → 乡村振兴 asks for the same lists again on every keystroke.
 */
export class PostingStore {
  private readonly cache = new Map<string, Posting>();
  private cachedBytes = 0;
  private readonly unigramStmt: Database.Statement<[number], PostingRow>;
  private readonly bigramStmt: Database.Statement<[number], PostingRow & { positionsLength: number }>;
  private readonly positionsStmt: Database.Statement<[number], Buffer>;
  private readonly facetStmt: Database.Statement<[string, string], PostingRow>;
  private readonly topStmt: Database.Statement<[number], { df: number; docs: Buffer }>;
  private readonly tops = new Map<number, TopList | null>();

  constructor(
    db: Database.Database,
    private readonly budgetBytes = 48 * 1024 * 1024,
  ) {
    this.unigramStmt = db.prepare<[number], PostingRow>('SELECT df, postings FROM search_unigrams WHERE unit = ?');
    // length() of a blob does not read it.
    this.bigramStmt = db.prepare<[number], PostingRow & { positionsLength: number }>('SELECT df, postings, length(positions) AS positionsLength FROM search_bigrams WHERE pair = ?');
    this.positionsStmt = db.prepare<[number], Buffer>('SELECT positions FROM search_bigrams WHERE pair = ?').pluck();
    this.facetStmt = db.prepare<[string, string], PostingRow>('SELECT df, postings FROM search_facets WHERE facet = ? AND value = ?');
    this.topStmt = db.prepare<[number], { df: number; docs: Buffer }>('SELECT df, docs FROM search_tops WHERE gram = ?');
  }

  /**
   * The best-ranked documents for a string of one or two units searched alone, when its list is long
   * enough to have them stored (topListFormat); null otherwise. Small, kept once read.
   */
  top(term: string): TopList | null {
    const key = term.length === 1 ? -1 - term.charCodeAt(0) : term.charCodeAt(0) * 65536 + term.charCodeAt(1);
    let top = this.tops.get(key);
    if (top === undefined) {
      const row = this.topStmt.get(key);
      top = row ? readTopList(row.df, row.docs) : null;
      this.tops.set(key, top);
    }
    return top;
  }

  unigram(unit: number): Posting {
    return this.load(`u${unit}`, () => this.unigramStmt.get(unit));
  }

  /** The bigram of two UTF-16 units. */
  bigram(a: number, b: number): Posting {
    const pair = a * 65536 + b;
    return this.load(`b${pair}`, () => this.bigramStmt.get(pair), pair);
  }

  facet(facet: string, value: string): Posting {
    return this.load(`f${facet}\u0000${value}`, () => this.facetStmt.get(facet, value));
  }

  private load(key: string, read: () => (PostingRow & { positionsLength?: number }) | undefined, pair: number | null = null): Posting {
    const hit = this.cache.get(key);
    if (hit) {
      this.cache.delete(key);
      this.cache.set(key, hit);
      return hit;
    }
    const row = read();
    let posting: Posting = NONE;
    if (row && pair !== null) {
      const bigram: StoredBigram = new StoredBigram(row.df, view(row.postings), row.positionsLength ?? 0, () => {
        const positions = view(this.positionsStmt.get(pair) ?? Buffer.alloc(0));
        // Counted while the list is cached (it may have been dropped since it was read).
        if (this.cache.get(key) === bigram) {
          this.cachedBytes += positions.byteLength;
          this.trim();
        }
        return positions;
      });
      posting = bigram;
    } else if (row) posting = { df: row.df, bytes: view(row.postings), positions: NONE.positions };
    this.cache.set(key, posting);
    this.cachedBytes += heldBytes(posting);
    this.trim();
    return posting;
  }

  /** Least recently used lists out until the cache is within its budget (a list in use stays valid: it is only dropped from the cache). */
  private trim(): void {
    for (const [k, p] of this.cache) {
      if (this.cachedBytes <= this.budgetBytes) break;
      this.cache.delete(k);
      this.cachedBytes -= heldBytes(p);
    }
  }
}
