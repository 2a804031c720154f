import { toSimplified } from './toSimplified';

/** Below this many Chinese characters a page says too little to tell. */
const MIN_HAN = 20;
/** Traditional text has a quarter to two fifths of its characters changed by conversion, simplified text none. */
const MIN_SHARE = 0.1;

/**
 * Whether a page is written in traditional characters: the share of its Chinese characters that
 * traditional → simplified conversion changes. A simplified page quoting a traditional title stays
 * well below the threshold.
 */
export function isMostlyTraditional(text: string): boolean {
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const simplified = toSimplified(sample);
  if (simplified.length !== sample.length) return true;
  let han = 0;
  let changed = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x4e00 || c > 0x9fff) continue;
    han++;
    if (simplified.charCodeAt(i) !== c) changed++;
  }
  return han >= MIN_HAN && changed >= han * MIN_SHARE;
}
