import type Database from 'better-sqlite3';
import { VOCAB_TABLE } from './fulltextSchema';
import { substringMatch, tokenFor } from './gramTokens';

/** Strings of this many characters or more can be found from candidates and checked on the text. */
export const LONG_TERM = 3;
/** Candidates are worth it only when one string's rarest bigram is in at most this many passages. */
export const CANDIDATE_MAX = 3000;

/**
 * For strings of three or more characters, matching the whole bigram phrase makes FTS5 read the
 * position lists of every bigram, the common ones (发展, 乡村) included. The two rarest bigrams
 * (document counts from fts5vocab) select candidates without positions, far faster when one of them
 * is rare; the caller checks the exact strings on the stored folded text. Shorter strings keep their
 * exact index match. When every bigram is common, null: the phrase match is the cheaper way then.
 */
export function rareBigramPlan(db: Database.Database, terms: string[]): string[] | null {
  if (!terms.some((t) => t.length >= LONG_TERM && !/\s/.test(t))) return null;
  let lookup: Database.Statement;
  try {
    lookup = db.prepare(`SELECT doc FROM ${VOCAB_TABLE} WHERE term = ?`);
  } catch {
    return null; // a library built before the vocabulary table existed
  }
  let rarest = Infinity;
  const plan = terms.map((term) => {
    if (term.length < LONG_TERM || /\s/.test(term)) return substringMatch(term) ?? '';
    const grams: Array<{ token: string; doc: number; at: number }> = [];
    for (let i = 0; i + 1 < term.length; i++) {
      const token = tokenFor(term.slice(i, i + 2));
      grams.push({ token, at: i, doc: (lookup.get(token) as { doc: number } | undefined)?.doc ?? 0 });
    }
    grams.sort((a, b) => a.doc - b.doc || a.at - b.at);
    rarest = Math.min(rarest, grams[0]!.doc);
    return [...new Set(grams.slice(0, 2).map((g) => g.token))].map((token) => `bi : ${token}`).join(' AND ');
  });
  return rarest <= CANDIDATE_MAX ? plan : null;
}
