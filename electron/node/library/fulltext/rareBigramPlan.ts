import type Database from 'better-sqlite3';
import { VOCAB_TABLE } from './fulltextSchema';
import { tokenFor } from './gramTokens';

/** A long string whose rarest bigram is in at most this many passages is searched from candidates. */
export const CANDIDATE_MAX = 3000;
/** Strings this long or longer can start from their rarest bigrams. */
export const LONG_TERM = 5;

/**
 * For long strings (8 characters → 7 bigrams), matching the whole bigram phrase makes FTS5 read the
 * position lists of every bigram, the common ones (发展, 乡村) included. Two rare bigrams find a
 * small candidate set far faster; the exact string is then checked on the text. Returns the FTS5
 * expression of the two rarest bigrams per long string, or null when that would not be small.
 */
export function rareBigramPlan(db: Database.Database, terms: string[]): { match: string[]; expected: number } | null {
  const long = terms.filter((t) => Array.from(t).length >= LONG_TERM && !/\s/.test(t));
  if (long.length === 0 || long.length !== terms.length) return null;
  let lookup: Database.Statement;
  try {
    lookup = db.prepare(`SELECT doc FROM ${VOCAB_TABLE} WHERE term = ?`);
  } catch {
    return null; // a library built before the vocabulary table existed
  }
  let expected = Infinity;
  const match = long.map((term) => {
    const grams: Array<{ token: string; doc: number }> = [];
    for (let i = 0; i + 1 < term.length; i++) {
      const token = tokenFor(term.slice(i, i + 2));
      grams.push({ token, doc: (lookup.get(token) as { doc: number } | undefined)?.doc ?? 0 });
    }
    grams.sort((a, b) => a.doc - b.doc);
    expected = Math.min(expected, grams[0]!.doc);
    return grams
      .slice(0, 2)
      .map((g) => `bi : ${g.token}`)
      .join(' AND ');
  });
  return expected <= CANDIDATE_MAX ? { match, expected } : null;
}
