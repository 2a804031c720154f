import { z } from 'zod';
import type Database from 'better-sqlite3';
import { parseJsonColumn } from '../../db/parseJsonColumn';
import { foldSearchKey } from '../../../shared/search/foldSearchKey';
import { encodeBigrams } from './bigramFormat';
import { computeTopList, type TopListContext } from './computeTopList';
import { decodeCounts } from './decodeCounts';
import { decodeUnigrams } from './decodeUnigrams';
import { FacetCollector } from './FacetCollector';
import { GramIndexer } from './GramIndexer';
import type { PostingAccumulator } from './PostingAccumulator';
import type { TermMatches } from './TermMatches';
import { encodeUnigrams } from './unigramFormat';
import { DEFAULT_SOURCE_KIND, SOURCE_KINDS, sourceKindRank } from '../../../shared/library/sourceKinds';
import { SEARCH_INDEX_VERSION, SEARCH_TABLES, searchIndexSchemaSql } from './searchIndexSchema';

const THEMES = z.array(z.string());
import { TOP_LIST_MIN_DF, encodeTopList } from './topListFormat';

export interface BuildSearchIndexOptions {
  /** Called every few thousand passages while reading (not while writing). */
  onProgress?: (done: number) => void;
  /** Lists this long or longer get a top list (topListFormat); tests lower it. */
  topListMinDf?: number;
}

export interface SearchIndexStats {
  passages: number;
  /** UTF-16 units of passage text indexed. */
  units: number;
  unigrams: number;
  bigrams: number;
  /** Strings given a top list. */
  topLists: number;
  /** Bytes of posting lists written. */
  postingBytes: number;
  ms: number;
  /** Of `ms`: reading, folding and building the postings in memory; the rest is writing them. */
  readMs: number;
}

function asBlob(a: Float64Array | Uint32Array): Buffer {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength);
}

/** A passage's themes for the facets; a damaged column gives none here (showing the passage says it is damaged). */
function parseThemes(json: string): string[] {
  try {
    return parseJsonColumn(THEMES, json, 'passages.themes');
  } catch {
    return [];
  }
}

/**
 * (Re)builds the search index inside a database that has the library tables (`passages`,
 * `occurrences`), replacing any earlier index. Reads every passage once, keeps the postings in
 * memory (roughly the size of the index), then writes them in one transaction. Call it after the
 * passages are written; a read-only library never changes afterwards.
 */
export function buildSearchIndex(db: Database.Database, options: BuildSearchIndexOptions = {}): SearchIndexStats {
  const t0 = performance.now();
  const grams = new GramIndexer();
  const facets = new FacetCollector();
  const rowids: number[] = [];
  const lengths: number[] = [];
  const headingOf: number[] = [];
  const headingIds = new Map<string, number>();
  let units = 0;

  const rows = db
    .prepare<[], { rowid: number; text: string; heading: string | null; kind: string; themes: string }>('SELECT rowid, text, heading, kind, themes FROM passages ORDER BY rowid')
    .iterate();
  for (const row of rows) {
    const doc = rowids.length;
    rowids.push(row.rowid);
    lengths.push(row.text.length);
    units += row.text.length;
    grams.add(doc, row.text);
    let hid = 0;
    const heading = row.heading ? foldSearchKey(row.heading) : '';
    if (heading) {
      hid = headingIds.get(heading) ?? headingIds.size + 1;
      headingIds.set(heading, hid);
    }
    headingOf.push(hid);
    facets.add('kind', row.kind, doc);
    for (const theme of parseThemes(row.themes)) facets.add('theme', theme, doc);
    if (doc % 5000 === 4999) options.onProgress?.(doc + 1);
  }

  // Sources come from occurrences; ordered by passage so each list receives its docs in order. A
  // passage is listed under the kind of every source it occurs in, and ranks by its most
  // authoritative one (ties in ranking go to 权威文献 first).
  const docOfRowid = new Map<number, number>();
  rowids.forEach((rowid, doc) => docOfRowid.set(rowid, doc));
  const authority = new Uint8Array(rowids.length).fill(SOURCE_KINDS.length - 1);
  // user.db migrations before 10 build the index before sources have a kind: those count as 参考范文.
  const hasKind = db.prepare<[], { n: number }>("SELECT count(*) AS n FROM pragma_table_info('sources') WHERE name = 'kind'").get()!.n > 0;
  const occ = db
    .prepare<[], { rowid: number; source: string; kind: string }>(
      hasKind
        ? 'SELECT DISTINCT p.rowid AS rowid, o.source_id AS source, s.kind AS kind FROM occurrences o JOIN passages p ON p.id = o.passage_id JOIN sources s ON s.id = o.source_id ORDER BY p.rowid'
        : `SELECT DISTINCT p.rowid AS rowid, o.source_id AS source, '${DEFAULT_SOURCE_KIND}' AS kind FROM occurrences o JOIN passages p ON p.id = o.passage_id ORDER BY p.rowid`,
    )
    .iterate();
  for (const o of occ) {
    const doc = docOfRowid.get(o.rowid);
    if (doc === undefined) continue;
    facets.add('source', o.source, doc);
    facets.add('sourceKind', o.kind, doc);
    authority[doc] = Math.min(authority[doc]!, sourceKindRank(o.kind));
  }

  const readMs = performance.now() - t0;
  let postingBytes = 0;
  let topLists = 0;
  const topListMinDf = options.topListMinDf ?? TOP_LIST_MIN_DF;
  const headings = [''];
  for (const [heading, hid] of headingIds) headings[hid] = heading;
  const lengthArray = Uint32Array.from(lengths);
  const headingArray = Uint32Array.from(headingOf);
  const topContext: TopListContext = { lengths: lengthArray, averageLength: rowids.length ? units / rowids.length : 1, headingOf: headingArray, headings, totalDocs: rowids.length, authority };
  const write = db.transaction(() => {
    for (const table of SEARCH_TABLES) db.exec(`DROP TABLE IF EXISTS ${table}`);
    db.exec(searchIndexSchemaSql);
    const putTop = db.prepare('INSERT INTO search_tops (gram, df, docs) VALUES (?, ?, ?)');
    type Entry = { key: number; df: number; postings: Uint8Array; positions: Uint8Array };
    const none = new Uint8Array(0);
    const putGrams = (
      table: string,
      column: string,
      acc: PostingAccumulator,
      encode: (e: Entry) => { bytes: Uint8Array; positions: Uint8Array | null },
      decode: (e: Entry, stored: Uint8Array) => TermMatches,
      topKey: (key: number) => number,
      term: (key: number) => string,
    ) => {
      const withPositions = table === 'search_bigrams';
      const insert = db.prepare(withPositions ? `INSERT INTO ${table} (${column}, df, postings, positions) VALUES (?, ?, ?, ?)` : `INSERT INTO ${table} (${column}, df, postings) VALUES (?, ?, ?)`);
      for (const e of acc.entries()) {
        const { bytes, positions } = encode(e);
        if (withPositions) insert.run(e.key, e.df, bytes, positions ?? none);
        else insert.run(e.key, e.df, bytes);
        postingBytes += bytes.length + (positions?.length ?? 0);
        if (e.df >= topListMinDf) {
          const top = computeTopList(term(e.key), decode(e, bytes), topContext);
          putTop.run(topKey(e.key), e.df, encodeTopList(top.docs, top.tf));
          topLists++;
        }
      }
    };
    putGrams(
      'search_unigrams',
      'unit',
      grams.unigrams,
      (e) => ({ bytes: encodeUnigrams(e.postings, e.df, rowids.length), positions: null }),
      (e, stored) => decodeUnigrams({ df: e.df, bytes: stored, positions: none }, rowids.length, null),
      (unit) => -1 - unit,
      (unit) => String.fromCharCode(unit),
    );
    putGrams(
      'search_bigrams',
      'pair',
      grams.bigrams,
      (e) => encodeBigrams(e.postings, e.positions, e.df, rowids.length),
      (e, stored) => decodeCounts({ df: e.df, bytes: stored, positions: none }, rowids.length, null),
      (pair) => pair,
      (pair) => String.fromCharCode(Math.floor(pair / 65536), pair % 65536),
    );
    const putHeading = db.prepare('INSERT INTO search_headings (hid, folded) VALUES (?, ?)');
    for (const [heading, hid] of headingIds) putHeading.run(hid, heading);
    const putFacet = db.prepare('INSERT INTO search_facets (facet, value, df, postings) VALUES (?, ?, ?, ?)');
    for (const f of facets.entries()) putFacet.run(f.facet, f.value, f.df, f.postings);
    const meta = db.prepare('INSERT INTO search_meta (key, value) VALUES (?, ?)');
    meta.run('version', SEARCH_INDEX_VERSION);
    meta.run('docs', rowids.length);
    meta.run('units', units);
    // Readers holding an index in memory compare this to notice a rebuild (the user's own library changes).
    meta.run('generation', Math.floor(Math.random() * 2 ** 52));
    // Per-document arrays, read whole when a search is opened (13 bytes a passage).
    meta.run('doc_rowids', asBlob(Float64Array.from(rowids)));
    meta.run('doc_lengths', asBlob(lengthArray));
    meta.run('doc_headings', asBlob(headingArray));
    meta.run('doc_authority', Buffer.from(authority.buffer, authority.byteOffset, authority.byteLength));
  });
  write();
  return {
    passages: rowids.length,
    units,
    unigrams: grams.unigrams.size,
    bigrams: grams.bigrams.size,
    topLists,
    postingBytes,
    ms: performance.now() - t0,
    readMs,
  };
}
