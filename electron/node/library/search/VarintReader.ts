/** Reads unsigned varints written by ByteWriter; a class so the hot loops stay monomorphic. */
export class VarintReader {
  pos = 0;

  constructor(readonly bytes: Uint8Array) {}

  get done(): boolean {
    return this.pos >= this.bytes.length;
  }

  next(): number {
    const b = this.bytes;
    let byte = b[this.pos++]!;
    if (byte < 0x80) return byte;
    let value = byte & 0x7f;
    let shift = 7;
    do {
      byte = b[this.pos++]!;
      value |= (byte & 0x7f) << shift;
      shift += 7;
    } while (byte >= 0x80);
    return value >>> 0;
  }

  /** Skips `count` varints without decoding them: a varint ends at each byte below 0x80. */
  skip(count: number): void {
    const b = this.bytes;
    let p = this.pos;
    while (count > 0) if (b[p++]! < 0x80) count--;
    this.pos = p;
  }
}
