import type Database from 'better-sqlite3';

export interface Posting {
  /** Documents in the list. */
  df: number;
  bytes: Uint8Array;
}

const NONE: Posting = { df: 0, bytes: new Uint8Array(0) };

/**
 * Reads posting lists by key, keeping recently used ones (by bytes, least recently used out):
 * typing 乡 → 乡村 → 乡村振兴 asks for the same lists again on every keystroke.
 */
export class PostingStore {
  private readonly cache = new Map<string, Posting>();
  private cachedBytes = 0;
  private readonly unigramStmt: Database.Statement;
  private readonly bigramStmt: Database.Statement;
  private readonly facetStmt: Database.Statement;

  constructor(
    db: Database.Database,
    private readonly budgetBytes = 48 * 1024 * 1024,
  ) {
    this.unigramStmt = db.prepare('SELECT df, postings FROM search_unigrams WHERE unit = ?');
    this.bigramStmt = db.prepare('SELECT df, postings FROM search_bigrams WHERE pair = ?');
    this.facetStmt = db.prepare('SELECT df, postings FROM search_facets WHERE facet = ? AND value = ?');
  }

  unigram(unit: number): Posting {
    return this.load(`u${unit}`, () => this.unigramStmt.get(unit));
  }

  /** The bigram of two UTF-16 units. */
  bigram(a: number, b: number): Posting {
    const pair = a * 65536 + b;
    return this.load(`b${pair}`, () => this.bigramStmt.get(pair));
  }

  facet(facet: string, value: string): Posting {
    return this.load(`f${facet}\u0000${value}`, () => this.facetStmt.get(facet, value));
  }

  private load(key: string, read: () => unknown): Posting {
    const hit = this.cache.get(key);
    if (hit) {
      this.cache.delete(key);
      this.cache.set(key, hit);
      return hit;
    }
    const row = read() as { df: number; postings: Buffer } | undefined;
    const posting = row ? { df: row.df, bytes: new Uint8Array(row.postings.buffer, row.postings.byteOffset, row.postings.byteLength) } : NONE;
    this.cache.set(key, posting);
    this.cachedBytes += posting.bytes.byteLength + 64;
    for (const [k, p] of this.cache) {
      if (this.cachedBytes <= this.budgetBytes) break;
      this.cache.delete(k);
      this.cachedBytes -= p.bytes.byteLength + 64;
    }
    return posting;
  }
}
