/**
 * Where a search's working arrays (the documents and counts of each term, the scores) come from.
 * Their contents on return are unspecified: callers write every entry they read.
 */
export interface Scratch {
  int32(length: number): Int32Array;
  float64(length: number): Float64Array;
}

/** Fresh arrays from the heap each time: for callers that keep what they get (the index build). */
export const HEAP_SCRATCH: Scratch = {
  int32: (length) => new Int32Array(length),
  float64: (length) => new Float64Array(length),
};

/** What one library's search keeps for reuse by default: about four lists of 1M passages. */
const DEFAULT_BUDGET_BYTES = 32 * 1024 * 1024;

/**
 * Working arrays reused from one search to the next. A query over the most common words of a large
 * library decodes lists of hundreds of thousands of documents: as new typed arrays that is megabytes
 * of memory outside V8's heap per query, and V8 answers such allocation with a garbage collection
 * nearly every query (scavenges of 2–25 ms, now and then a full one), paid by the next search.
 *
 * `reset()` at the start of each search hands the same buffers out again, in the same order; a view
 * given out before the reset must not be used after it. Buffers grow to the largest request of their
 * slot; a request that would take the kept buffers past the budget is allocated plainly.
 */
export class SearchScratch implements Scratch {
  private readonly ints: Int32Array[] = [];
  private readonly floats: Float64Array[] = [];
  private nextInt = 0;
  private nextFloat = 0;
  private kept = 0;

  constructor(private readonly budgetBytes = DEFAULT_BUDGET_BYTES) {}

  reset(): void {
    this.nextInt = 0;
    this.nextFloat = 0;
  }

  int32(length: number): Int32Array {
    return this.take(this.ints, this.nextInt++, length, Int32Array.BYTES_PER_ELEMENT, (n) => new Int32Array(n));
  }

  float64(length: number): Float64Array {
    return this.take(this.floats, this.nextFloat++, length, Float64Array.BYTES_PER_ELEMENT, (n) => new Float64Array(n));
  }

  /** Bytes held for reuse. */
  get bytes(): number {
    return this.kept;
  }

  private take<T extends Int32Array | Float64Array>(pool: T[], slot: number, length: number, bytesPer: number, make: (n: number) => T): T {
    const have = pool[slot];
    if (have && have.length >= length) return have.subarray(0, length) as T;
    // Room to grow by half again, so a slot does not reallocate for each slightly larger list.
    const size = Math.max(length, Math.ceil((have?.length ?? 0) * 1.5), 1024);
    const grown = this.kept - (have ? have.byteLength : 0) + size * bytesPer;
    if (slot > pool.length || grown > this.budgetBytes) return make(length);
    const fresh = make(size);
    pool[slot] = fresh;
    this.kept = grown;
    return fresh.subarray(0, length) as T;
  }
}
