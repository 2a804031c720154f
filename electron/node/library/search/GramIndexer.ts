import { SEARCH_IGNORED } from '../../../shared/search/searchIgnorable';
import { searchFoldTable } from '../../../shared/search/searchFoldTable';
import { PostingAccumulator } from './PostingAccumulator';

/** An Int32Array at least `n` long, keeping its contents and filling new room with `fill`. */
function atLeast(a: Int32Array, n: number, fill: number): Int32Array {
  if (a.length >= n) return a;
  const b = new Int32Array(Math.max(n, a.length * 2)).fill(fill);
  b.set(a);
  return b;
}

/**
 * Turns passage texts into unigram and bigram postings of their search key (foldSearchKey, applied
 * here unit by unit through the fold table, so no folded string is built): every UTF-16 unit counts,
 * spaces and punctuation included, so any substring of the key can be looked up: that is what
 * makes recall exact for every query. Invisible characters are left out (SEARCH_IGNORED), so the
 * units on either side of a zero-width space form a bigram; positions count units of the key.
 *
 * One pass per passage: each bigram's occurrences are chained through `next` (a linked list of
 * positions in increasing order, kept in typed arrays indexed by slot), then each bigram seen in
 * the passage writes one entry. No sorting and no allocation per passage.
 */
export class GramIndexer {
  readonly unigrams = new PostingAccumulator();
  readonly bigrams = new PostingAccumulator();
  private seen: Int32Array = new Int32Array(0);
  private first: Int32Array = new Int32Array(0);
  private last: Int32Array = new Int32Array(0);
  private count: Int32Array = new Int32Array(0);
  private readonly fold = searchFoldTable();
  private units = new Uint16Array(1024);
  private next = new Int32Array(1024);
  private docSlots = new Int32Array(1024);
  private unitSeen: Int32Array = new Int32Array(0);
  private unitCount: Int32Array = new Int32Array(0);

  /** Indexes a passage's text (unfolded) as document `doc`; documents must come in increasing order. */
  add(doc: number, text: string): void {
    if (this.next.length < text.length) {
      this.units = new Uint16Array(text.length * 2);
      this.next = new Int32Array(text.length * 2);
      this.docSlots = new Int32Array(text.length * 2);
    }
    const units = this.units;
    let n = 0;
    for (let i = 0; i < text.length; i++) {
      const unit = this.fold[text.charCodeAt(i)]!;
      if (unit !== SEARCH_IGNORED) units[n++] = unit;
    }
    const next = this.next;
    const docSlots = this.docSlots;
    let slots = 0;
    for (let i = 0; i + 1 < n; i++) {
      const slot = this.bigrams.slotOf(units[i]! * 65536 + units[i + 1]!);
      if (slot >= this.seen.length) this.growBigramSlots(slot + 1);
      if (this.seen[slot] !== doc) {
        this.seen[slot] = doc;
        this.first[slot] = i;
        this.last[slot] = i;
        this.count[slot] = 1;
        docSlots[slots++] = slot;
      } else {
        next[this.last[slot]!] = i;
        this.last[slot] = i;
        this.count[slot]!++;
      }
    }
    for (let s = 0; s < slots; s++) {
      const slot = docSlots[s]!;
      const c = this.count[slot]!;
      this.bigrams.begin(slot, doc, c);
      const w = this.bigrams.positions(slot, c);
      let pos = this.first[slot]!;
      let prev = 0;
      for (let k = 0; k < c; k++) {
        w.put(pos - prev);
        prev = pos;
        pos = next[pos]!;
      }
    }
    slots = 0;
    for (let i = 0; i < n; i++) {
      const slot = this.unigrams.slotOf(units[i]!);
      if (slot >= this.unitSeen.length) {
        this.unitSeen = atLeast(this.unitSeen, slot + 1, -1);
        this.unitCount = atLeast(this.unitCount, slot + 1, 0);
      }
      if (this.unitSeen[slot] !== doc) {
        this.unitSeen[slot] = doc;
        this.unitCount[slot] = 1;
        docSlots[slots++] = slot;
      } else this.unitCount[slot]!++;
    }
    for (let s = 0; s < slots; s++) {
      const slot = docSlots[s]!;
      this.unigrams.begin(slot, doc, this.unitCount[slot]!);
    }
  }

  private growBigramSlots(n: number): void {
    this.seen = atLeast(this.seen, n, -1);
    this.first = atLeast(this.first, n, 0);
    this.last = atLeast(this.last, n, 0);
    this.count = atLeast(this.count, n, 0);
  }
}
