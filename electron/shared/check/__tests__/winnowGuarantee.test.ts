import { describe, expect, it } from 'vitest';
import { buildCheckIndex } from '../CheckIndex';
import { findSharedRuns } from '../findSharedRuns';
import { normalizeForCheck } from '../normalizeForCheck';
import { MIN_RUN_MAX, MIN_RUN_MIN } from '../checkParams';

function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Chinese characters from a 3,000-character block: two random texts share no long run by chance.
const randomText = (rand: () => number, n: number) => Array.from({ length: n }, () => String.fromCharCode(0x4e00 + Math.floor(rand() * 3000))).join('');

describe('winnowing guarantee', () => {
  it('finds every planted shared run of exactly minRun characters, for every threshold 8–20', () => {
    const rand = rng(42);
    let trials = 0;
    for (let minRun = MIN_RUN_MIN; minRun <= MIN_RUN_MAX; minRun++) {
      for (let trial = 0; trial < 40; trial++) {
        const shared = randomText(rand, minRun);
        const passage = randomText(rand, Math.floor(rand() * 200)) + shared + randomText(rand, Math.floor(rand() * 200));
        // Punctuation between the document's words does not hide the run.
        const doc = randomText(rand, Math.floor(rand() * 300)) + '，' + shared.slice(0, 3) + '、' + shared.slice(3) + '。' + randomText(rand, Math.floor(rand() * 300));
        const others = Array.from({ length: 5 }, (_, i) => ({ id: `other${i}`, text: randomText(rand, 300) }));
        const index = buildCheckIndex([...others, { id: 'source', text: passage }], minRun);
        const norm = normalizeForCheck(doc);
        const runs = findSharedRuns(index, norm.codes, norm.length).filter((r) => r.passageId === 'source');
        const folded = String.fromCharCode(...normalizeForCheck(shared).codes);
        const docShared = String.fromCharCode(...norm.codes).indexOf(folded);
        expect(docShared).toBeGreaterThanOrEqual(0);
        expect(runs.some((r) => r.docStart <= docShared && r.docEnd >= docShared + minRun), `minRun ${minRun}, trial ${trial}`).toBe(true);
        trials++;
      }
    }
    expect(trials).toBe(13 * 40);
  });

  it('does not report a shared run one character shorter than minRun', () => {
    const rand = rng(7);
    for (let trial = 0; trial < 50; trial++) {
      const shared = randomText(rand, 12);
      const index = buildCheckIndex([{ id: 'source', text: randomText(rand, 100) + shared + randomText(rand, 100) }], 13);
      const norm = normalizeForCheck(randomText(rand, 100) + shared + randomText(rand, 100));
      expect(findSharedRuns(index, norm.codes, norm.length)).toEqual([]);
    }
  });

  it('caps the postings of a fingerprint shared by hundreds of passages, and still finds the words', () => {
    const rand = rng(3);
    const stock = '坚持绿水青山就是金山银山理念推动生态文明建设';
    const passages = Array.from({ length: 300 }, (_, i) => ({ id: `p${i}`, text: randomText(rand, 80) + stock + randomText(rand, 80) }));
    const index = buildCheckIndex(passages, 13, 16);
    const uncapped = buildCheckIndex(passages, 13, 254);
    expect(index.cappedHashes).toBeGreaterThan(0);
    // The stock phrase's fingerprints keep 16 postings each instead of 254.
    expect(uncapped.postings.length - index.postings.length).toBeGreaterThanOrEqual(index.cappedHashes * (254 - 16));
    const norm = normalizeForCheck(`我们要${stock}。`);
    const runs = findSharedRuns(index, norm.codes, norm.length);
    expect(runs.length).toBeGreaterThan(0);
    expect(runs.length).toBeLessThanOrEqual(16);
    expect(runs.every((r) => r.docEnd - r.docStart === stock.length)).toBe(true);
  });
});
