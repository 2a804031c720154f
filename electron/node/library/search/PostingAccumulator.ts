import { ByteWriter } from './ByteWriter';

/**
 * Posting lists being built in memory, one growable buffer per key. Documents must arrive in
 * increasing order. Each entry starts with head = 2 × (document delta) + (count > 1), then
 * count − 2 only when the count is above one: most bigrams occur once in a passage, so the count
 * usually costs no byte at all. `open` writes that and hands back the buffer for the positions.
 */
export class PostingAccumulator {
  private readonly slots = new Map<number, number>();
  readonly keys: number[] = [];
  private readonly writers: ByteWriter[] = [];
  private readonly lastDoc: number[] = [];
  private readonly df: number[] = [];

  open(key: number, doc: number, count: number): ByteWriter {
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
    w.varint((doc - this.lastDoc[slot]!) * 2 + (count > 1 ? 1 : 0));
    if (count > 1) w.varint(count - 2);
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
