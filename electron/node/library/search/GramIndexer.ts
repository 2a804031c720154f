import { PostingAccumulator } from './PostingAccumulator';

/** key × POS_SPAN + position stays an exact double while the key < 2^32 and the position < 2^21. */
const POS_SPAN = 2 ** 21;

/**
 * Turns folded passage texts into unigram and bigram postings. Every UTF-16 unit counts, spaces and
 * punctuation included, so any substring of the fold can be looked up: that is what makes recall
 * exact for every query. Per passage the (bigram, position) pairs are sorted as one Float64Array,
 * which groups each bigram's positions without a Map per passage.
 */
export class GramIndexer {
  readonly unigrams = new PostingAccumulator();
  readonly bigrams = new PostingAccumulator();
  private pairs = new Float64Array(1024);
  private units = new Uint16Array(1024);

  add(doc: number, folded: string): void {
    const n = folded.length;
    if (n === 0) return;
    if (this.units.length < n) {
      this.units = new Uint16Array(n * 2);
      this.pairs = new Float64Array(n * 2);
    }
    const units = this.units.subarray(0, n);
    for (let i = 0; i < n; i++) units[i] = folded.charCodeAt(i);
    if (n < POS_SPAN) this.addBigramsSorted(doc, units);
    else this.addBigramsMapped(doc, units);
    units.sort();
    for (let i = 0; i < n; ) {
      const unit = units[i]!;
      let j = i + 1;
      while (j < n && units[j] === unit) j++;
      this.unigrams.open(unit, doc, j - i);
      i = j;
    }
  }

  private addBigramsSorted(doc: number, units: Uint16Array): void {
    const m = units.length - 1;
    if (m <= 0) return;
    const pairs = this.pairs.subarray(0, m);
    for (let i = 0; i < m; i++) pairs[i] = (units[i]! * 65536 + units[i + 1]!) * POS_SPAN + i;
    pairs.sort();
    for (let i = 0; i < m; ) {
      const key = Math.floor(pairs[i]! / POS_SPAN);
      const groupEnd = key * POS_SPAN + POS_SPAN;
      let j = i + 1;
      while (j < m && pairs[j]! < groupEnd) j++;
      const w = this.bigrams.open(key, doc, j - i);
      let last = 0;
      for (let k = i; k < j; k++) {
        const pos = pairs[k]! - key * POS_SPAN;
        w.varint(pos - last);
        last = pos;
      }
      i = j;
    }
  }

  /** Passages of two million units or more (never in a built library; imports could be): slower, any length. */
  private addBigramsMapped(doc: number, units: Uint16Array): void {
    const positions = new Map<number, number[]>();
    for (let i = 0; i + 1 < units.length; i++) {
      const key = units[i]! * 65536 + units[i + 1]!;
      const list = positions.get(key);
      if (list) list.push(i);
      else positions.set(key, [i]);
    }
    for (const key of [...positions.keys()].sort((a, b) => a - b)) {
      const list = positions.get(key)!;
      const w = this.bigrams.open(key, doc, list.length);
      let last = 0;
      for (const pos of list) {
        w.varint(pos - last);
        last = pos;
      }
    }
  }
}
