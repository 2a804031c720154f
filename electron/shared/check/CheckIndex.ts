import { CHECK_CAP, CHECK_K, checkWindow } from './checkParams';
import { normalizeInto } from './normalizeForCheck';
import { winnowFingerprints } from './winnowFingerprints';

/**
 * The winnowed fingerprints of a set of passages: for each fingerprint hash, up to `cap` positions
 * in the concatenated normalised passage text (`corpus`). Built in two passes by CheckIndexBuilder
 * (count, then fill) so no list of all fingerprints is ever held.
 */
export class CheckIndex {
  constructor(
    readonly minRun: number,
    readonly k: number,
    readonly w: number,
    readonly cap: number,
    /** Passage ids, by passage number. */
    readonly ids: readonly string[],
    /** Normalised text of every passage, one after another. */
    readonly corpus: Uint16Array,
    /** starts[i] is where passage i begins in corpus; starts[ids.length] is the end. */
    readonly starts: Uint32Array,
    /** Open-addressing table of hashes (0 = empty); offsets[slot]..+counts[slot] in postings. */
    private readonly keys: Uint32Array,
    private readonly offsets: Uint32Array,
    private readonly counts: Uint8Array,
    readonly postings: Uint32Array,
    /** Fingerprints seen more often than the cap (stock phrases). */
    readonly cappedHashes: number,
    /**
     * The work each passage belongs to (its title: copies of one essay in two sources share it), for
     * telling runs many independent works share (规范表述); null for texts that are no library's.
     */
    readonly works: readonly string[] | null = null,
    /** Reads corpus[start, end) into place if it is not there yet (a stored index read on demand). */
    private readonly loadText?: (start: number, end: number) => void,
  ) {}

  /** Makes corpus[start, end) readable: call before reading a passage's text from `corpus`. */
  ensureText(start: number, end: number): void {
    this.loadText?.(start, end);
  }

  get passageCount(): number {
    return this.ids.length;
  }

  /** The fingerprint table's arrays, as the index is stored (electron/node/check/storeCheckIndex). */
  get table(): { keys: Uint32Array; offsets: Uint32Array; counts: Uint8Array } {
    return { keys: this.keys, offsets: this.offsets, counts: this.counts };
  }

  /** Bytes held by the index's arrays. */
  get bytes(): number {
    return this.corpus.byteLength + this.starts.byteLength + this.keys.byteLength + this.offsets.byteLength + this.counts.byteLength + this.postings.byteLength;
  }

  /** The slot of a hash, or -1. */
  slotOf(hash: number): number {
    const mask = this.keys.length - 1;
    let slot = Math.imul(hash, 0x9e3779b1) >>> 0 & mask;
    for (;;) {
      const key = this.keys[slot]!;
      if (key === hash) return slot;
      if (key === 0) return -1;
      slot = (slot + 1) & mask;
    }
  }

  postingStart(slot: number): number {
    return this.offsets[slot]!;
  }

  postingCount(slot: number): number {
    return this.counts[slot]!;
  }

  /** The passage number holding corpus position g. */
  passageAt(g: number): number {
    let lo = 0;
    let hi = this.ids.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.starts[mid]! <= g) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

function slotIn(keys: Uint32Array, hash: number): number {
  const mask = keys.length - 1;
  let slot = Math.imul(hash, 0x9e3779b1) >>> 0 & mask;
  while (keys[slot] !== 0 && keys[slot] !== hash) slot = (slot + 1) & mask;
  return slot;
}

/**
 * Builds a CheckIndex. add() every passage (normalises and counts its fingerprints), then fill() the
 * postings in as many slices as the caller likes (the node side yields between slices), then index().
 */
export class CheckIndexBuilder {
  readonly k = CHECK_K;
  readonly w: number;
  private readonly ids: string[] = [];
  private readonly works: string[] = [];
  private anyWork = false;
  private corpus = new Uint16Array(1 << 16);
  private used = 0;
  private starts: number[] = [0];
  private keys = new Uint32Array(1 << 12);
  private counts = new Uint8Array(1 << 12);
  private distinct = 0;
  private capped = 0;
  private offsets: Uint32Array | null = null;
  private cursor: Uint32Array | null = null;
  private postings: Uint32Array | null = null;
  private filled = 0;

  constructor(
    readonly minRun: number,
    readonly cap: number = CHECK_CAP,
  ) {
    this.w = checkWindow(minRun);
    if (cap < 1 || cap > 254) throw new RangeError(`cap ${cap}`);
  }

  get passageCount(): number {
    return this.ids.length;
  }

  /** Makes room for this many more units of text up front (no doubling copies on big libraries). */
  reserve(units: number): void {
    if (this.corpus.length >= this.used + units) return;
    const grown = new Uint16Array(this.used + units);
    grown.set(this.corpus.subarray(0, this.used));
    this.corpus = grown;
  }

  /** `work` names the passage's work (its title) when the text is a library passage. */
  add(id: string, text: string, work?: string): void {
    if (this.offsets) throw new Error('CheckIndexBuilder: add after fill');
    this.works.push(work ?? '');
    if (work) this.anyWork = true;
    if (this.corpus.length < this.used + text.length) {
      const grown = new Uint16Array(Math.max(this.corpus.length * 2, this.used + text.length));
      grown.set(this.corpus.subarray(0, this.used));
      this.corpus = grown;
    }
    const start = this.used;
    this.used += normalizeInto(text, this.corpus, start);
    this.ids.push(id);
    this.starts.push(this.used);
    winnowFingerprints(this.corpus, start, this.used, this.k, this.w, (hash) => this.count(hash));
  }

  private count(hash: number): void {
    if ((this.distinct + 1) * 10 > this.keys.length * 7) this.grow();
    const slot = slotIn(this.keys, hash);
    if (this.keys[slot] === 0) {
      this.keys[slot] = hash;
      this.distinct++;
    }
    const n = this.counts[slot]!;
    if (n < this.cap) this.counts[slot] = n + 1;
    else if (n === this.cap) {
      // cap + 1 marks "more than the cap" once; postings still stop at the cap.
      this.counts[slot] = n + 1;
      this.capped++;
    }
  }

  private grow(): void {
    const keys = new Uint32Array(this.keys.length * 2);
    const counts = new Uint8Array(keys.length);
    for (let s = 0; s < this.keys.length; s++) {
      const key = this.keys[s]!;
      if (key === 0) continue;
      const slot = slotIn(keys, key);
      keys[slot] = key;
      counts[slot] = this.counts[s]!;
    }
    this.keys = keys;
    this.counts = counts;
  }

  /** Fills the postings of passages [from, to). Call for consecutive slices from 0 to passageCount. */
  fill(from: number, to: number): void {
    if (!this.offsets) this.seal();
    if (from !== this.filled) throw new Error('CheckIndexBuilder: fill slices must be consecutive');
    const offsets = this.offsets!;
    const cursor = this.cursor!;
    const postings = this.postings!;
    const counts = this.counts;
    for (let p = from; p < to; p++) {
      winnowFingerprints(this.corpus, this.starts[p]!, this.starts[p + 1]!, this.k, this.w, (hash, pos) => {
        const slot = slotIn(this.keys, hash);
        const c = cursor[slot]!;
        if (c - offsets[slot]! < Math.min(counts[slot]!, this.cap)) {
          postings[c] = pos;
          cursor[slot] = c + 1;
        }
      });
    }
    this.filled = to;
  }

  private seal(): void {
    const offsets = new Uint32Array(this.keys.length);
    let total = 0;
    for (let s = 0; s < this.keys.length; s++) {
      offsets[s] = total;
      total += Math.min(this.counts[s]!, this.cap);
    }
    this.offsets = offsets;
    this.cursor = offsets.slice();
    this.postings = new Uint32Array(total);
  }

  index(): CheckIndex {
    if (this.filled !== this.ids.length) this.fill(this.filled, this.ids.length);
    const counts = this.counts;
    for (let s = 0; s < counts.length; s++) if (counts[s]! > this.cap) counts[s] = this.cap;
    // A little slack is cheaper than a second copy of a large corpus.
    const corpus = this.used * 5 >= this.corpus.length * 4 ? this.corpus.subarray(0, this.used) : this.corpus.slice(0, this.used);
    const index = new CheckIndex(this.minRun, this.k, this.w, this.cap, this.ids, corpus, Uint32Array.from(this.starts), this.keys, this.offsets!, counts, this.postings!, this.capped, this.anyWork ? this.works : null);
    this.cursor = null;
    return index;
  }
}

/** Builds an index in one go (tests, small libraries). */
export function buildCheckIndex(passages: Iterable<{ id: string; text: string; work?: string }>, minRun: number, cap?: number): CheckIndex {
  const b = new CheckIndexBuilder(minRun, cap);
  for (const p of passages) b.add(p.id, p.text, p.work);
  return b.index();
}
