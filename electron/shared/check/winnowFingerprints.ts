const BASE = 0x01000193;

function mix(h: number): number {
  // murmur3's finaliser: polynomial hashes of similar k-grams are close, and winnowing picks minima.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  // 0 marks an empty slot in the index's table.
  return h >>> 0 || 1;
}

let buffer = new Uint32Array(4096);

/**
 * Robust winnowing (Schleimer, Wilkerson & Aiken 2003) of codes[start, end): hashes of every k-gram,
 * and in each window of w consecutive hashes the minimum (the rightmost on ties) is selected once.
 * Calls emit(hash, position) for each selected k-gram, position relative to codes.
 */
export function winnowFingerprints(codes: Uint16Array, start: number, end: number, k: number, w: number, emit: (hash: number, pos: number) => void): void {
  const count = end - start - k + 1;
  if (count < w || count <= 0) return;
  if (buffer.length < count) buffer = new Uint32Array(Math.max(count, buffer.length * 2));
  const h = buffer;
  let bk = 1;
  for (let i = 1; i < k; i++) bk = Math.imul(bk, BASE);
  let roll = 0;
  for (let i = 0; i < k; i++) roll = (Math.imul(roll, BASE) + codes[start + i]!) | 0;
  h[0] = mix(roll);
  for (let i = 1; i < count; i++) {
    roll = (Math.imul((roll - Math.imul(codes[start + i - 1]!, bk)) | 0, BASE) + codes[start + i + k - 1]!) | 0;
    h[i] = mix(roll);
  }
  if (w === 1) {
    for (let i = 0; i < count; i++) emit(h[i]!, start + i);
    return;
  }
  let min = -1;
  for (let last = w - 1; last < count; last++) {
    const first = last - w + 1;
    if (min < first) {
      min = first;
      for (let j = first + 1; j <= last; j++) if (h[j]! <= h[min]!) min = j;
      emit(h[min]!, start + min);
    } else if (h[last]! <= h[min]!) {
      min = last;
      emit(h[min]!, start + min);
    }
  }
}
