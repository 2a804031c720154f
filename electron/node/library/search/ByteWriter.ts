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

  /** Makes room for `count` more varints, so `put` can skip the check (the index build's hot loop). */
  reserve(count: number): void {
    const need = this.length + count * 5;
    if (need > this.bytes.length) {
      const next = new Uint8Array(Math.max(this.bytes.length * 2, need));
      next.set(this.bytes.subarray(0, this.length));
      this.bytes = next;
    }
  }

  varint(value: number): void {
    this.reserve(1);
    this.put(value);
  }

  /** Writes a varint into reserved room. */
  put(value: number): void {
    const b = this.bytes;
    let at = this.length;
    let v = value >>> 0;
    if (v < 240) {
      b[at++] = v;
    } else if (v < 2288) {
      v -= 240;
      b[at++] = 240 + (v >>> 8);
      b[at++] = v & 0xff;
    } else if (v < 461040) {
      v -= 2288;
      b[at++] = 248 + (v >>> 16);
      b[at++] = (v >>> 8) & 0xff;
      b[at++] = v & 0xff;
    } else {
      b[at++] = 255;
      b[at++] = v >>> 24;
      b[at++] = (v >>> 16) & 0xff;
      b[at++] = (v >>> 8) & 0xff;
      b[at++] = v & 0xff;
    }
    this.length = at;
  }

  /** The written bytes, without copying. */
  view(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }
}
