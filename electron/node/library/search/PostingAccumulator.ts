import { ByteWriter } from './ByteWriter';

/**
 * Posting lists being built in memory, one growable buffer per key. Documents must arrive in
 * increasing order; `open` writes the document delta and hands back the buffer for the rest of
 * the entry (count, positions).
 */
export class PostingAccumulator {
  private readonly slots = new Map<number, number>();
  readonly keys: number[] = [];
  private readonly writers: ByteWriter[] = [];
  private readonly lastDoc: number[] = [];
  private readonly df: number[] = [];

  open(key: number, doc: number): ByteWriter {
    let slot = this.slots.get(key);
    if (slot === undefined) {
      slot = this.keys.length;
      this.slots.set(key, slot);
      this.keys.push(key);
      this.writers.push(new ByteWriter());
      this.lastDoc.push(-1);
      this.df.push(0);
    }
    const w = this.writers[slot]!;
    w.varint(doc - this.lastDoc[slot]!);
    this.lastDoc[slot] = doc;
    this.df[slot]!++;
    return w;
  }

  /** Every list in key order (the table's primary key order, so inserts append). */
  *entries(): Generator<{ key: number; df: number; postings: Uint8Array }> {
    const order = this.keys.map((_, slot) => slot).sort((a, b) => this.keys[a]! - this.keys[b]!);
    for (const slot of order) yield { key: this.keys[slot]!, df: this.df[slot]!, postings: this.writers[slot]!.view() };
  }

  get size(): number {
    return this.keys.length;
  }
}
