import { MappedText } from './MappedText';

/**
 * Builds a MappedText piece by piece, for readers that produce text from a file's structure (an HTML
 * tree, a PDF's text items): each piece says which region of the raw text it came from.
 */
export class MappedTextBuilder {
  private readonly parts: string[] = [];
  private starts = new Int32Array(1024);
  private ends = new Int32Array(1024);
  private length = 0;

  constructor(private readonly originLength: number) {}

  /** Text whose units map one to one onto raw[start, start + text.length), or all onto [start, end). */
  add(text: string, start: number, end: number): void {
    if (!text) return;
    this.reserve(text.length);
    const oneToOne = end - start === text.length;
    for (let k = 0; k < text.length; k++) {
      this.starts[this.length + k] = oneToOne ? start + k : start;
      this.ends[this.length + k] = oneToOne ? start + k + 1 : end;
    }
    this.parts.push(text);
    this.length += text.length;
  }

  /** Text with its own per-unit regions (a slice of another MappedText, say). */
  addMapped(text: string, starts: ArrayLike<number>, ends: ArrayLike<number>): void {
    if (!text) return;
    this.reserve(text.length);
    for (let k = 0; k < text.length; k++) {
      this.starts[this.length + k] = starts[k] ?? 0;
      this.ends[this.length + k] = ends[k] ?? 0;
    }
    this.parts.push(text);
    this.length += text.length;
  }

  /** The last unit added, or '' (readers use it to avoid doubling a line break). */
  lastChar(): string {
    const last = this.parts[this.parts.length - 1];
    return last ? last[last.length - 1]! : '';
  }

  /** Removes trailing units matching `re` (one unit at a time), e.g. spaces before a line break. */
  trimEnd(re: RegExp): void {
    while (this.parts.length > 0) {
      const last = this.parts[this.parts.length - 1]!;
      let cut = last.length;
      while (cut > 0 && re.test(last[cut - 1]!)) cut--;
      this.length -= last.length - cut;
      if (cut > 0) {
        this.parts[this.parts.length - 1] = last.slice(0, cut);
        return;
      }
      this.parts.pop();
    }
  }

  build(): MappedText {
    const text = this.parts.join('');
    return new MappedText(text, this.starts.slice(0, text.length), this.ends.slice(0, text.length), this.originLength);
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.starts.length) return;
    let size = this.starts.length * 2;
    while (size < this.length + extra) size *= 2;
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    starts.set(this.starts.subarray(0, this.length));
    ends.set(this.ends.subarray(0, this.length));
    this.starts = starts;
    this.ends = ends;
  }
}
