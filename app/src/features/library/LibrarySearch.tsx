import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { LibraryFacets, PassageHit } from '../../../../electron/shared/api/apiTypes';
import { t } from '../../../../electron/shared/i18n/translate';
import { useApi } from '../../api/apiContext';
import { Highlighted } from './Highlighted';
import { PassageActions } from './PassageActions';
import { PassageNoteEditor } from './PassageNoteEditor';

// Short enough that the first page shows within 100 ms of the last keystroke on a typical query.
const SEARCH_DELAY_MS = 60;
const PAGE = 50;

export interface LibrarySearchProps {
  onUse: (passage: PassageHit, how: 'quote' | 'adapt' | 'seeAlso') => void;
  onViewSource: (passage: PassageHit) => void;
  /** Changes when the library changes (an import), so the results are fetched again. */
  version: number;
  /** Set from outside (browse by theme) to run a filtered search. */
  presetTheme?: string | null;
  /** Set from outside (a template section's "suggest passages") to browse one kind and theme; seq repeats a request. */
  preset?: LibraryPreset | null;
}

export interface LibraryPreset {
  kind: string;
  theme?: string;
  seq: number;
}

interface Filters {
  theme: string;
  kind: string;
  own: boolean;
  favourites: boolean;
}

/**
 * Search with filters. Results load a page at a time as the list scrolls, and each item is laid out
 * by the browser only when visible (content-visibility), so thousands of hits scroll smoothly.
 * Keyboard: ↑/↓ select, Enter inserts the selected passage as a quotation.
 */
export function LibrarySearch({ onUse, onViewSource, version, presetTheme, preset }: LibrarySearchProps) {
  const api = useApi();
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<Filters>({ theme: '', kind: '', own: false, favourites: false });
  const [facets, setFacets] = useState<LibraryFacets | null>(null);
  const [results, setResults] = useState<PassageHit[]>([]);
  const [total, setTotal] = useState<number | null>(null);
  const [capped, setCapped] = useState(false);
  const [selected, setSelected] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [favourites, setFavourites] = useState<Set<string>>(new Set());
  const composing = useRef(false);
  const seq = useRef(0);
  const loading = useRef(false);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);

  // Theme and kind counts scan the library, so they are fetched when the filters are first used,
  // not when the window opens.
  const [wantFacets, setWantFacets] = useState(false);
  useEffect(() => {
    if (wantFacets) api.getLibraryFacets({}).then(setFacets, () => undefined);
  }, [api, version, wantFacets]);
  useEffect(() => {
    api.listPassageNotes({}).then((notes) => setFavourites(new Set(notes.filter((n) => n.favourite).map((n) => n.passageId))), () => undefined);
  }, [api, version]);

  useEffect(() => {
    if (presetTheme) setFilters((f) => ({ ...f, theme: presetTheme }));
  }, [presetTheme]);

  useEffect(() => {
    if (!preset) return;
    if (input.current) input.current.value = '';
    setQuery('');
    setWantFacets(true);
    setFilters({ theme: preset.theme ?? '', kind: preset.kind, own: false, favourites: false });
  }, [preset]);

  // Ctrl+K from anywhere puts the cursor in the search box.
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        input.current?.focus();
        input.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const request = useCallback(
    (offset: number) =>
      api.searchLibrary({
        query: query.trim(),
        limit: PAGE,
        offset,
        ...(filters.theme ? { themes: [filters.theme] } : {}),
        ...(filters.kind ? { kinds: [filters.kind] } : {}),
        ...(filters.own ? { own: true } : {}),
        ...(filters.favourites ? { favourites: true } : {}),
      }),
    [api, query, filters],
  );

  const browsing = !query.trim() && (filters.theme !== '' || filters.kind !== '' || filters.favourites);
  useEffect(() => {
    if (!query.trim() && !browsing) {
      setResults([]);
      setTotal(null);
      setError(null);
      return;
    }
    const mine = ++seq.current;
    const timer = setTimeout(() => {
      request(0).then(
        (r) => {
          if (mine !== seq.current) return;
          setResults(r.results);
          setTotal(r.total);
          setCapped(!!r.capped);
          setSelected(0);
          setError(null);
          list.current?.scrollTo({ top: 0 });
        },
        (err: unknown) => mine === seq.current && setError(err instanceof Error ? err.message : String(err)),
      );
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [request, query, version, browsing]);

  const loadMore = () => {
    if (loading.current || total === null || (results.length >= total && !capped)) return;
    loading.current = true;
    const mine = seq.current;
    request(results.length)
      .then((r) => mine === seq.current && setResults((prev) => [...prev, ...r.results]))
      .finally(() => (loading.current = false));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.nativeEvent.isComposing || results.length === 0) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = Math.max(0, Math.min(results.length - 1, selected + (e.key === 'ArrowDown' ? 1 : -1)));
      setSelected(next);
      list.current?.querySelectorAll('[data-testid="library-result"]')[next]?.scrollIntoView({ block: 'nearest' });
      if (next >= results.length - 5) loadMore();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const hit = results[selected];
      if (hit) onUse(hit, 'quote');
    }
  };

  const toggleFavourite = (id: string) => {
    const favourite = !favourites.has(id);
    api.setPassageNote({ id, favourite }).then(
      () =>
        setFavourites((prev) => {
          const next = new Set(prev);
          if (favourite) next.add(id);
          else next.delete(id);
          return next;
        }),
      () => undefined,
    );
  };

  return (
    <div className="library-search">
      <input
        ref={input}
        type="search"
        className="search-input"
        data-testid="library-search"
        placeholder={t('library.searchPlaceholder')}
        maxLength={500}
        onCompositionStart={() => (composing.current = true)}
        onCompositionEnd={(e) => {
          composing.current = false;
          setQuery(e.currentTarget.value);
        }}
        onChange={(e) => {
          // Search on committed text only: intermediate pinyin would send useless queries.
          if (!composing.current) setQuery(e.target.value);
        }}
        onKeyDown={onKeyDown}
      />
      <div className="filters" onFocus={() => setWantFacets(true)} onPointerDown={() => setWantFacets(true)}>
        <select aria-label={t('library.filter.theme')} data-testid="filter-theme" value={filters.theme} onChange={(e) => setFilters({ ...filters, theme: e.target.value })}>
          <option value="">
            {t('library.filter.theme')}：{t('library.filter.all')}
          </option>
          {facets?.themes.map((f) => (
            <option key={f.name} value={f.name}>
              {f.name}（{f.count}）
            </option>
          ))}
        </select>
        <select aria-label={t('library.filter.kind')} data-testid="filter-kind" value={filters.kind} onChange={(e) => setFilters({ ...filters, kind: e.target.value })}>
          <option value="">
            {t('library.filter.kind')}：{t('library.filter.all')}
          </option>
          {facets?.kinds.map((f) => (
            <option key={f.name} value={f.name}>
              {f.name}（{f.count}）
            </option>
          ))}
        </select>
        <label>
          <input type="checkbox" checked={filters.own} onChange={(e) => setFilters({ ...filters, own: e.target.checked })} /> {t('library.filter.own')}
        </label>
        <label>
          <input type="checkbox" data-testid="filter-favourites" checked={filters.favourites} onChange={(e) => setFilters({ ...filters, favourites: e.target.checked })} />{' '}
          {t('library.filter.favourites')}
        </label>
      </div>
      {error && (
        <p className="error-text" role="alert">
          {t('library.unavailable', { message: error })}
        </p>
      )}
      {total === null && !error && <p className="muted">{t('library.hint')}</p>}
      {total !== null && (
        <p className="muted" data-testid="library-count">
          {total === 0 ? t('library.noResults', { q: query.trim() }) : capped ? t('library.countCapped', { n: total }) : t('library.count', { n: total })} ·{' '}
          {t('library.keyboardHint')}
        </p>
      )}
      <ul
        className="results"
        ref={list}
        onScroll={(e) => {
          const el = e.currentTarget;
          if (el.scrollTop + el.clientHeight > el.scrollHeight - 400) loadMore();
        }}
      >
        {results.map((hit, i) => (
          <li key={hit.id} className={`result${i === selected ? ' selected' : ''}`} data-testid="library-result" data-passage-id={hit.id} onMouseEnter={() => setSelected(i)}>
            <p className="result-meta">
              <span className="kind-tag">{hit.kind}</span>
              {hit.themes.slice(0, 3).map((th) => (
                <span key={th} className="kind-tag theme">
                  {th}
                </span>
              ))}
              {hit.own && <span className="kind-tag own">{t('sources.own')}</span>}
              <button
                type="button"
                className={`star${favourites.has(hit.id) ? ' on' : ''}`}
                aria-label={favourites.has(hit.id) ? t('library.unfavourite') : t('library.favourite')}
                title={favourites.has(hit.id) ? t('library.unfavourite') : t('library.favourite')}
                onClick={() => toggleFavourite(hit.id)}
              >
                {favourites.has(hit.id) ? '★' : '☆'}
              </button>
            </p>
            <p className="result-text">
              <Highlighted text={hit.text} ranges={hit.highlights} />
            </p>
            <p className="result-source">{t('library.source', { title: hit.workTitle })}</p>
            <PassageActions passage={hit} onUse={onUse} onViewSource={onViewSource} />
            {i === selected && <PassageNoteEditor passageId={hit.id} />}
          </li>
        ))}
        {total !== null && (results.length < total || capped) && <li className="muted loading-more">{t('library.loadingMore')}</li>}
      </ul>
    </div>
  );
}
