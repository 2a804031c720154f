/**
 * A growable byte buffer of varints in a first-byte-tells-length form (as SQLite4's): 0–239 in one
 * byte, up to 2,287 in two, 461,039 in three, anything 32-bit in five. Posting lists are mostly
 * small document deltas and positions inside passages of a few hundred characters, which this
 * keeps in one byte more often than LEB128 does (0–127).
 */
export class ByteWriter {
  bytes: Uint8Array;
  length = 0;

  constructor(capacity = 16) {
    this.bytes = new Uint8Array(capacity);
  }

  varint(value: number): void {
    if (this.length + 5 > this.bytes.length) this.grow(5);
    const b = this.bytes;
    let v = value >>> 0;
    if (v < 240) {
      b[this.length++] = v;
    } else if (v < 2288) {
      v -= 240;
      b[this.length++] = 240 + (v >>> 8);
      b[this.length++] = v & 0xff;
    } else if (v < 461040) {
      v -= 2288;
      b[this.length++] = 248 + (v >>> 16);
      b[this.length++] = (v >>> 8) & 0xff;
      b[this.length++] = v & 0xff;
    } else {
      b[this.length++] = 255;
      b[this.length++] = v >>> 24;
      b[this.length++] = (v >>> 16) & 0xff;
      b[this.length++] = (v >>> 8) & 0xff;
      b[this.length++] = v & 0xff;
    }
  }

  /** The written bytes, without copying. */
  view(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }

  private grow(extra: number): void {
    const next = new Uint8Array(Math.max(this.bytes.length * 2, this.length + extra));
    next.set(this.bytes.subarray(0, this.length));
    this.bytes = next;
  }
}
