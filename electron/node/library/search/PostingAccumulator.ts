import { ByteWriter } from './ByteWriter';

const NO_BYTES = new Uint8Array(0);

/**
 * Posting lists being built in memory, one growable buffer per key ("slot"). Documents must
 * arrive in increasing order. Each entry starts with head = 2 × (document delta) + (count > 1),
 * then count − 2 only when the count is above one: most bigrams occur once in a passage, so the
 * count usually costs no byte at all. Bigram positions go to a second buffer per key.
 *
 * Keys (up to 2^32) are found through an open-addressing table in typed arrays: a Map would box
 * every bigram key above 2^30 and the build looks up some 60 million of them.
 */
export class PostingAccumulator {
  private table = new Uint32Array(1 << 12);
  /** slot + 1 for each table cell; 0 marks an empty cell. */
  private cells = new Int32Array(1 << 12);
  private readonly keys: number[] = [];
  private readonly writers: ByteWriter[] = [];
  /** Bigram positions, kept apart from the entries so counting matches never reads them (bigramFormat). */
  private readonly positionWriters: ByteWriter[] = [];
  private lastDoc = new Int32Array(256);
  private df = new Int32Array(256);

  get size(): number {
    return this.keys.length;
  }

  /** The slot of a key (0 ≤ key < 2^32), created on first use. */
  slotOf(key: number): number {
    const mask = this.cells.length - 1;
    let h = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
    for (;;) {
      const cell = this.cells[h]!;
      if (cell === 0) return this.insert(key, h);
      if (this.table[h] === key) return cell - 1;
      h = (h + 1) & mask;
    }
  }

  /** Adds a document's entry to a slot's list. */
  begin(slot: number, doc: number, count: number): void {
    const w = this.writers[slot]!;
    w.reserve(2);
    w.put((doc - this.lastDoc[slot]!) * 2 + (count > 1 ? 1 : 0));
    if (count > 1) w.put(count - 2);
    this.lastDoc[slot] = doc;
    this.df[slot]!++;
  }

  /** The slot's positions, with room reserved for `count` more (the entry just begun). */
  positions(slot: number, count: number): ByteWriter {
    const w = (this.positionWriters[slot] ??= new ByteWriter());
    w.reserve(count);
    return w;
  }

  /** Every list in key order (the table's primary key order, so inserts append); `positions` is empty for unigrams. */
  *entries(): Generator<{ key: number; df: number; postings: Uint8Array; positions: Uint8Array }> {
    const order = this.keys.map((_, slot) => slot).sort((a, b) => this.keys[a]! - this.keys[b]!);
    for (const slot of order) {
      yield { key: this.keys[slot]!, df: this.df[slot]!, postings: this.writers[slot]!.view(), positions: this.positionWriters[slot]?.view() ?? NO_BYTES };
    }
  }

  private insert(key: number, cell: number): number {
    const slot = this.keys.length;
    this.keys.push(key);
    this.writers.push(new ByteWriter());
    if (slot >= this.lastDoc.length) {
      const lastDoc = new Int32Array(slot * 2);
      lastDoc.set(this.lastDoc);
      this.lastDoc = lastDoc;
      const df = new Int32Array(slot * 2);
      df.set(this.df);
      this.df = df;
    }
    this.lastDoc[slot] = -1;
    this.table[cell] = key;
    this.cells[cell] = slot + 1;
    if (this.keys.length * 2 > this.cells.length) this.rehash();
    return slot;
  }

  private rehash(): void {
    const size = this.cells.length * 2;
    const table = new Uint32Array(size);
    const cells = new Int32Array(size);
    const mask = size - 1;
    this.keys.forEach((key, slot) => {
      let h = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
      while (cells[h] !== 0) h = (h + 1) & mask;
      table[h] = key;
      cells[h] = slot + 1;
    });
    this.table = table;
    this.cells = cells;
  }
}
