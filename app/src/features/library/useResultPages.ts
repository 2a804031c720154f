import { useCallback, useEffect, useRef, useState } from 'react';
import type { PassageHit, SearchResult } from '../../../../electron/shared/api/apiTypes';

export const RESULT_PAGE = 50;

export interface ResultPages {
  /** Null before the first page of the current search has arrived. */
  total: number | null;
  error: string | null;
  /** The hit at a rank, or undefined while its page is loading. */
  hitAt: (index: number) => PassageHit | undefined;
  /** Asks for the pages holding these ranks (the rows the list is about to show). */
  ensure: (from: number, to: number) => void;
  /** Increments when a new search's first page arrives (the list scrolls back to the top). */
  generation: number;
  /** The key of the search these results answer: until a new key's first page arrives, the previous one's. */
  shownKey: string | null;
}

/**
 * Results of one search, fetched a page at a time by rank as the list needs them, so a search with
 * 10,000 hits costs the pages the writer scrolls through, not 10,000 rows. `key` names the search
 * (words and filters); a new key starts after `delayMs` and makes older answers stale.
 */
export function useResultPages(key: string | null, fetchPage: (offset: number) => Promise<SearchResult>, delayMs: number): ResultPages {
  const [total, setTotal] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const [shownKey, setShownKey] = useState<string | null>(null);
  const [, setLoadedCount] = useState(0);
  const pages = useRef(new Map<number, PassageHit[]>());
  const pending = useRef(new Set<number>());
  const seq = useRef(0);
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;

  useEffect(() => {
    const mine = ++seq.current;
    if (key === null) {
      pages.current = new Map();
      pending.current = new Set();
      setTotal(null);
      setError(null);
      setShownKey(null);
      return;
    }
    const timer = setTimeout(() => {
      fetchRef.current(0).then(
        (r) => {
          if (mine !== seq.current) return;
          pages.current = new Map([[0, r.results]]);
          pending.current = new Set();
          setTotal(r.total);
          setError(null);
          setShownKey(key);
          setGeneration((g) => g + 1);
        },
        (err: unknown) => mine === seq.current && setError(err instanceof Error ? err.message : String(err)),
      );
    }, delayMs);
    return () => clearTimeout(timer);
  }, [key, delayMs]);

  const ensure = useCallback((from: number, to: number) => {
    const mine = seq.current;
    for (let page = Math.floor(from / RESULT_PAGE); page <= Math.floor(to / RESULT_PAGE); page++) {
      if (pages.current.has(page) || pending.current.has(page)) continue;
      pending.current.add(page);
      fetchRef.current(page * RESULT_PAGE).then(
        (r) => {
          if (mine !== seq.current) return;
          pages.current.set(page, r.results);
          pending.current.delete(page);
          setLoadedCount((n) => n + 1);
        },
        () => pending.current.delete(page),
      );
    }
  }, []);

  const hitAt = useCallback((index: number) => pages.current.get(Math.floor(index / RESULT_PAGE))?.[index % RESULT_PAGE], []);

  return { total, error, hitAt, ensure, generation, shownKey };
}
