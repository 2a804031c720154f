import { HEAP_SCRATCH, type Scratch } from './SearchScratch';

/** BM25 parameters: the usual k1, and b for the length normalisation that favours short, dense passages. */
const K1 = 1.2;
const B = 0.75;
/** A term in the passage's heading adds this many times its idf (a saturated BM25 term is at most k1 + 1). */
export const HEADING_WEIGHT = 1.5;

export interface RankTerm {
  /** Documents matching the whole query, with this term's frequency in each (aligned with `docs`). */
  tf: Int32Array;
  /** How many passages of the library contain the term (exact or an upper bound). */
  df: number;
  /** Whether each heading id's heading contains the term. */
  inHeading: Uint8Array;
}

export interface RankInput {
  docs: Int32Array;
  terms: RankTerm[];
  lengths: Uint32Array;
  averageLength: number;
  headingOf: Uint32Array;
  totalDocs: number;
}

/** BM25 of each matched document over the query's terms, plus the heading boost. */
export function scoreDocs(input: RankInput, scratch: Scratch = HEAP_SCRATCH): Float64Array {
  const { docs, terms, lengths, averageLength, headingOf, totalDocs } = input;
  const scores = scratch.float64(docs.length);
  // A reused array holds the last search's scores: the first term sets, the others add.
  let first = true;
  for (const t of terms) {
    const idf = Math.log(1 + (totalDocs - t.df + 0.5) / (t.df + 0.5));
    const anyHeading = t.inHeading.some((v) => v === 1);
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i]!;
      const tf = t.tf[i]!;
      const norm = K1 * (1 - B + (B * lengths[doc]!) / averageLength);
      let s = (idf * tf * (K1 + 1)) / (tf + norm);
      if (anyHeading && t.inHeading[headingOf[doc]!] === 1) s += idf * HEADING_WEIGHT;
      scores[i] = first ? s : scores[i]! + s;
    }
    first = false;
  }
  if (first) scores.fill(0);
  return scores;
}

/**
 * Indexes into `docs` of the best `k` by score, best first; equal scores by `tie` (of an index into
 * `scores`: the source-kind rank, authoritative first), then in document (= rowid) order, so the same
 * query always pages the same way. A bounded heap: the first page of 200,000 matches costs one pass,
 * not a sort.
 */
export function topK(scores: Float64Array, k: number, tie?: (i: number) => number): Int32Array {
  const n = scores.length;
  k = Math.min(k, n);
  // worse(a, b): a ranks below b. Equal scores (rare but for browsing): the lower tie rank first, then
  // document order; the tie is only looked up for equal scores.
  const worse = (a: number, b: number) => scores[a]! < scores[b]! || (scores[a] === scores[b] && (tie ? tie(a) > tie(b) || (tie(a) === tie(b) && a > b) : a > b));
  const heap = new Int32Array(k); // a min-heap of the kept ones: the root is the worst kept
  let size = 0;
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let w = i;
      if (l < size && worse(heap[l]!, heap[w]!)) w = l;
      if (r < size && worse(heap[r]!, heap[w]!)) w = r;
      if (w === i) return;
      const t = heap[i]!;
      heap[i] = heap[w]!;
      heap[w] = t;
      i = w;
    }
  };
  for (let i = 0; i < n && k > 0; i++) {
    if (size < k) {
      let c = size++;
      heap[c] = i;
      while (c > 0) {
        const p = (c - 1) >> 1;
        if (!worse(heap[c]!, heap[p]!)) break;
        const t = heap[c]!;
        heap[c] = heap[p]!;
        heap[p] = t;
        c = p;
      }
    } else if (worse(heap[0]!, i)) {
      heap[0] = i;
      down(0);
    }
  }
  const out = Array.from(heap.subarray(0, size));
  out.sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0));
  return Int32Array.from(out);
}
