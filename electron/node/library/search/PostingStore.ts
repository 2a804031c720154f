import type Database from 'better-sqlite3';
import { splitBigrams } from './bigramFormat';
import { readTopList, type TopList } from './topListFormat';

export interface Posting {
  /** Documents in the list. */
  df: number;
  /** The entries (for unigrams: the stored form, unigramFormat). */
  bytes: Uint8Array;
  /** Bigrams: the entries' positions, in entry order (bigramFormat); empty otherwise. */
  positions: Uint8Array;
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
  private readonly bigramStmt: Database.Statement<[number], PostingRow>;
  private readonly facetStmt: Database.Statement<[string, string], PostingRow>;
  private readonly topStmt: Database.Statement<[number], { df: number; docs: Buffer }>;
  private readonly tops = new Map<number, TopList | null>();

  constructor(
    db: Database.Database,
    private readonly budgetBytes = 48 * 1024 * 1024,
  ) {
    this.unigramStmt = db.prepare('SELECT df, postings FROM search_unigrams WHERE unit = ?');
    this.bigramStmt = db.prepare('SELECT df, postings FROM search_bigrams WHERE pair = ?');
    this.facetStmt = db.prepare('SELECT df, postings FROM search_facets WHERE facet = ? AND value = ?');
    this.topStmt = db.prepare('SELECT df, docs FROM search_tops WHERE gram = ?');
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
    return this.load(`b${pair}`, () => this.bigramStmt.get(pair), true);
  }

  facet(facet: string, value: string): Posting {
    return this.load(`f${facet}\u0000${value}`, () => this.facetStmt.get(facet, value));
  }

  private load(key: string, read: () => PostingRow | undefined, bigram = false): Posting {
    const hit = this.cache.get(key);
    if (hit) {
      this.cache.delete(key);
      this.cache.set(key, hit);
      return hit;
    }
    const row = read();
    const blob = row ? new Uint8Array(row.postings.buffer, row.postings.byteOffset, row.postings.byteLength) : null;
    const posting: Posting = !row || !blob ? NONE : bigram ? { df: row.df, ...splitBigrams(blob) } : { df: row.df, bytes: blob, positions: NONE.positions };
    this.cache.set(key, posting);
    this.cachedBytes += posting.bytes.byteLength + posting.positions.byteLength + 64;
    for (const [k, p] of this.cache) {
      if (this.cachedBytes <= this.budgetBytes) break;
      this.cache.delete(k);
      this.cachedBytes -= p.bytes.byteLength + p.positions.byteLength + 64;
    }
    return posting;
  }
}
