import type Database from 'better-sqlite3';
import { FULLTEXT_TABLE } from './fulltextSchema';
import { substringMatch } from './gramTokens';

/** Passages containing any of the folded strings, best BM25 first (for related passages). */
export function searchAnyOf(db: Database.Database, folded: string[], limit: number): Array<{ rowid: number; score: number }> {
  const parts = folded.map(substringMatch).filter((m): m is string => m !== null);
  if (parts.length === 0) return [];
  return db
    .prepare(`SELECT rowid, bm25(${FULLTEXT_TABLE}, 0.0, 1.0, 3.0) AS score FROM ${FULLTEXT_TABLE} WHERE ${FULLTEXT_TABLE} MATCH ? ORDER BY score LIMIT ?`)
    .all(parts.join(' OR '), limit) as Array<{ rowid: number; score: number }>;
}
