/** Reads the varints ByteWriter writes; a class so the hot loops stay monomorphic. */
export class VarintReader {
  pos = 0;

  constructor(readonly bytes: Uint8Array) {}

  next(): number {
    const b = this.bytes;
    const b0 = b[this.pos++]!;
    if (b0 < 240) return b0;
    if (b0 < 248) return 240 + ((b0 - 240) << 8) + b[this.pos++]!;
    if (b0 < 255) {
      const v = 2288 + ((b0 - 248) << 16) + (b[this.pos]! << 8) + b[this.pos + 1]!;
      this.pos += 2;
      return v;
    }
    const v = b[this.pos]! * 0x1000000 + (b[this.pos + 1]! << 16) + (b[this.pos + 2]! << 8) + b[this.pos + 3]!;
    this.pos += 4;
    return v;
  }

  /** Skips `count` varints without assembling them: the first byte tells each one's length. */
  skip(count: number): void {
    const b = this.bytes;
    let p = this.pos;
    for (; count > 0; count--) {
      const b0 = b[p]!;
      p += b0 < 240 ? 1 : b0 < 248 ? 2 : b0 < 255 ? 3 : 5;
    }
    this.pos = p;
  }
}
