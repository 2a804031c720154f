import type Database from 'better-sqlite3';
import type { ParsedQuery } from '../../../shared/query/parseQuery';
import { foldForIndex } from '../../../shared/text/foldForIndex';
import { FULLTEXT_TABLE } from './fulltextSchema';
import { substringMatch } from './gramTokens';
import { rareBigramPlan } from './rareBigramPlan';

export interface SearchFilter {
  themes?: string[];
  kinds?: string[];
  sourceIds?: string[];
  /** Restricts to these passage ids (favourites). */
  passageIds?: string[];
}

/** Matches beyond this many are not all scored (see below). */
export const RANK_WINDOW = 1000;
/** Counting stops here: "more than 2,000" is all a writer needs to know, and counting costs time. */
export const COUNT_CAP = 2000;
/** How many candidates a string search examines at most. */
export const SCAN_CAP = 6000;

export interface FulltextResult {
  total: number;
  /** True when there are more than COUNT_CAP matches and `total` is the cap. */
  capped: boolean;
  hits: FulltextHit[];
}

export interface FulltextHit {
  rowid: number;
  /** Lower is better (FTS5 bm25). */
  score: number;
}

/**
 * Finds passages containing every included string and none of the excluded ones, ranked by BM25 on
 * the matched bigrams with heading matches weighted ×3 (short passages dense with the terms rank
 * first, as BM25's length normalisation does). Strings with inner spaces are checked exactly.
 * With no words but a filter (a theme, favourites) it lists the matching passages in library order.
 */
export function searchFulltext(db: Database.Database, query: ParsedQuery, filter: SearchFilter, limit: number, offset: number): FulltextResult {
  const positive = query.include.map(substringMatch).filter((m): m is string => m !== null);
  if (positive.length === 0) return browse(db, filter, limit, offset);
  let match = positive.join(' AND ');
  const negative = query.exclude.filter((t) => !/\s/.test(t.trim())).map(substringMatch).filter((m): m is string => m !== null);
  if (negative.length > 0) match = `(${match}) NOT (${negative.join(' OR ')})`;
  const plan = rareBigramPlan(db, query.include);
  if (plan) {
    match = plan.filter(Boolean).join(' AND ');
    if (negative.length > 0) match = `(${match}) NOT (${negative.join(' OR ')})`;
  }
  const where: string[] = [`${FULLTEXT_TABLE} MATCH ?`];
  const params: unknown[] = [match];
  addFilters(filter, where, params);
  const needsCheck = !!plan || [...query.include, ...query.exclude].some((t) => /\s/.test(t.trim()));
  // Without filters the passages table is not needed: joining it would look up every match.
  const from = where.length === 1 && !needsCheck ? `${FULLTEXT_TABLE} f WHERE ${where[0]}` : `${FULLTEXT_TABLE} f JOIN passages p ON p.rowid = f.rowid WHERE ${where.join(' AND ')}`;
  if (!needsCheck) {
    const counted = (db.prepare(`SELECT count(*) AS n FROM (SELECT f.rowid FROM ${from} LIMIT ${COUNT_CAP + 1})`).get(...params) as { n: number }).n;
    const capped = counted > COUNT_CAP;
    const total = Math.min(counted, COUNT_CAP);
    if (total <= RANK_WINDOW) {
      const hits = db
        .prepare(`SELECT f.rowid AS rowid, bm25(${FULLTEXT_TABLE}, 0.0, 1.0, 3.0) AS score FROM ${from} ORDER BY score, f.rowid LIMIT ? OFFSET ?`)
        .all(...params, limit, offset) as FulltextHit[];
      return { total, capped, hits };
    }
    // A very common string (a single character, 发展): BM25 says little when nearly every passage
    // has it, and scoring them all would cost time on every keystroke. The first RANK_WINDOW
    // matches in library order are ranked; the rest follow in library order.
    const edge = (db.prepare(`SELECT max(rowid) AS r FROM (SELECT f.rowid AS rowid FROM ${from} ORDER BY f.rowid LIMIT ${RANK_WINDOW})`).get(...params) as { r: number }).r;
    const hits: FulltextHit[] = [];
    if (offset < RANK_WINDOW) {
      hits.push(
        ...(db
          .prepare(`SELECT f.rowid AS rowid, bm25(${FULLTEXT_TABLE}, 0.0, 1.0, 3.0) AS score FROM ${from} AND f.rowid <= ? ORDER BY score, f.rowid LIMIT ? OFFSET ?`)
          .all(...params, edge, limit, offset) as FulltextHit[]),
      );
    }
    if (hits.length < limit) {
      const rest = db
        .prepare(`SELECT f.rowid AS rowid FROM ${from} AND f.rowid > ? ORDER BY f.rowid LIMIT ? OFFSET ?`)
        .all(...params, edge, limit - hits.length, Math.max(0, offset - RANK_WINDOW)) as Array<{ rowid: number }>;
      hits.push(...rest.map((r, i) => ({ rowid: r.rowid, score: 1e6 + offset + i })));
    }
    return { total, capped, hits };
  }
  // Candidates (phrases with spaces, or long strings found from rare bigrams): the exact strings are
  // checked on the stored folded text, and ranked by how densely they occur, a heading match counting
  // extra. At most SCAN_CAP candidates are examined; beyond that the result says it is incomplete.
  const rows = db
    .prepare(`SELECT f.rowid AS rowid, p.folded AS folded, p.heading AS heading FROM ${from} LIMIT ${SCAN_CAP}`)
    .all(...params) as Array<{ rowid: number; folded: string; heading: string | null }>;
  const kept: FulltextHit[] = [];
  for (const r of rows) {
    const folded = r.folded;
    if (!query.include.every((t) => folded.includes(t)) || query.exclude.some((t) => folded.includes(t))) continue;
    const heading = r.heading ? foldForIndex(r.heading) : '';
    let score = 0;
    for (const t of query.include) score += (occurrences(folded, t) * t.length) / (folded.length + 50) + (heading.includes(t) ? 1 : 0);
    kept.push({ rowid: r.rowid, score: -score });
  }
  kept.sort((a, b) => a.score - b.score || a.rowid - b.rowid);
  return { total: kept.length, capped: rows.length === SCAN_CAP, hits: kept.slice(offset, offset + limit) };
}

function occurrences(hay: string, needle: string): number {
  let n = 0;
  for (let at = hay.indexOf(needle); at !== -1; at = hay.indexOf(needle, at + needle.length)) n++;
  return n;
}

function addFilters(filter: SearchFilter, where: string[], params: unknown[]): void {
  if (filter.themes?.length) {
    where.push('EXISTS (SELECT 1 FROM json_each(p.themes) t WHERE t.value IN (SELECT value FROM json_each(?)))');
    params.push(JSON.stringify(filter.themes));
  }
  if (filter.kinds?.length) {
    where.push('p.kind IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(filter.kinds));
  }
  if (filter.sourceIds?.length) {
    where.push('EXISTS (SELECT 1 FROM occurrences o WHERE o.passage_id = p.id AND o.source_id IN (SELECT value FROM json_each(?)))');
    params.push(JSON.stringify(filter.sourceIds));
  }
  if (filter.passageIds) {
    where.push('p.id IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(filter.passageIds));
  }
}

function browse(db: Database.Database, filter: SearchFilter, limit: number, offset: number): FulltextResult {
  const where: string[] = [];
  const params: unknown[] = [];
  addFilters(filter, where, params);
  if (where.length === 0) return { total: 0, capped: false, hits: [] };
  const from = `passages p WHERE ${where.join(' AND ')}`;
  const total = (db.prepare(`SELECT count(*) AS n FROM ${from}`).get(...params) as { n: number }).n;
  const rows = db.prepare(`SELECT p.rowid AS rowid FROM ${from} ORDER BY p.rowid LIMIT ? OFFSET ?`).all(...params, limit, offset) as Array<{ rowid: number }>;
  return { total, capped: false, hits: rows.map((r, i) => ({ rowid: r.rowid, score: offset + i })) };
}
