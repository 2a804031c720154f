/**
 * Which bigrams of a string of `costs.length + 1` units to intersect. Bigram i covers units i and
 * i+1; if every unit is covered and each chosen bigram occurs at its offset from one start, the
 * whole string occurs there, so a cover is exactly as precise as all bigrams. The cheapest cover
 * (by posting bytes to decode) keeps 0 and the last, with gaps of at most one: a small dynamic
 * programme. Returns offsets in increasing order.
 */
export function chooseCover(costs: readonly number[]): number[] {
  const m = costs.length;
  if (m === 0) return [];
  const best = new Float64Array(m);
  const from = new Int32Array(m);
  best[0] = costs[0]!;
  from[0] = -1;
  for (let i = 1; i < m; i++) {
    const viaPrev = best[i - 1]!;
    const viaSkip = i >= 2 ? best[i - 2]! : Infinity;
    from[i] = viaSkip < viaPrev ? i - 2 : i - 1;
    best[i] = costs[i]! + Math.min(viaPrev, viaSkip);
  }
  const offsets: number[] = [];
  for (let i = m - 1; i >= 0; i = from[i]!) offsets.push(i);
  return offsets.reverse();
}
