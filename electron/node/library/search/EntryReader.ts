import { BIGRAM_BITMAP } from './bigramFormat';
import { VarintReader } from './VarintReader';

/**
 * Reads a bigram list's entries (bigramFormat) in document order, whichever their form: each next()
 * sets `doc` and `count`. Call it once per entry (df times). One class for both forms, so the loops
 * that use it stay monomorphic.
 */
export class EntryReader {
  doc = -1;
  count = 0;
  private readonly bitmap: boolean;
  private readonly varints: VarintReader;
  /** Bitmap form: the byte being read, its bits not yet returned, and the next count's place. */
  private byte = 0;
  private rest = 0;
  private countAt: number;

  constructor(
    private readonly bytes: Uint8Array,
    docCount: number,
  ) {
    this.bitmap = bytes.length > 0 && bytes[0] === BIGRAM_BITMAP;
    this.varints = new VarintReader(bytes);
    this.varints.pos = 1;
    this.countAt = 1 + Math.ceil(docCount / 8);
    this.rest = this.bitmap ? bytes[1]! : 0;
  }

  next(): void {
    if (this.bitmap) {
      const b = this.bytes;
      while (this.rest === 0) this.rest = b[1 + ++this.byte]!;
      const low = this.rest & -this.rest;
      this.rest ^= low;
      this.doc = this.byte * 8 + 31 - Math.clz32(low);
      this.count = b[this.countAt++]!;
      return;
    }
    const head = this.varints.next();
    this.doc += head >>> 1;
    this.count = head & 1 ? this.varints.next() + 2 : 1;
  }
}
