import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { LibraryFacets, PassageHit, PassageQuote, SourceSummary } from '../../../../electron/shared/api/apiTypes';
import type { SourceKind } from '../../../../electron/shared/library/sourceKinds';
import { t } from '../../../../electron/shared/i18n/translate';
import { useApi } from '../../api/apiContext';
import { lazyNamed } from '../lazy/lazyNamed';
import { OnDemand } from '../lazy/OnDemand';
import { RESULT_PAGE, useResultPages } from './useResultPages';
import { passageKindLabel } from './passageKindLabel';

const EMPTY_LIST = <ul className="results" data-testid="library-results" />;
// The virtual list (and @tanstack/virtual) loads with the first search, while its first page is fetched.
const ResultList = lazyNamed(() => import('./ResultList'), 'ResultList', EMPTY_LIST);

// Searches take a few milliseconds; the delay only spares the ones a fast typist overtypes, and keeps
// the first page on screen within 100 ms of the last keystroke.
const SEARCH_DELAY_MS = 30;

export interface LibrarySearchProps {
  onUse: (passage: PassageHit, how: 'quote' | 'adapt' | 'seeAlso') => void;
  onCiteQuote: (passage: PassageHit, quote: PassageQuote) => void;
  onViewSource: (passage: PassageHit) => void;
  /** Changes when the library changes (an import), so the results are fetched again. */
  version: number;
  /** Set from outside (browse by theme) to run a filtered search. */
  presetTheme?: string | null;
  /** Set from outside (a template section's "suggest passages") to browse one kind and theme; seq repeats a request. */
  preset?: LibraryPreset | null;
  /** Changes when the cursor should go into the search box (Ctrl+K, 编辑 → 搜索素材库), once the box is shown. */
  focusRequest?: number;
}

export interface LibraryPreset {
  kind: string;
  theme?: string;
  seq: number;
}

interface Filters {
  theme: string;
  kind: string;
  source: string;
  sourceKind: SourceKind | '';
  own: boolean;
  favourites: boolean;
}

const NO_FILTERS: Filters = { theme: '', kind: '', source: '', sourceKind: '', own: false, favourites: false };

/**
 * Search with filters (theme, kind, source, own imports, favourites). The hits are a virtual list
 * whose pages load as they scroll into view (ResultList), so 10,000 hits scroll smoothly.
 * Keyboard: ↑/↓ select, Enter inserts the selected passage as a quotation (or, typed before the
 * results caught up, the first result of the words in the box).
 */
export function LibrarySearch({ onUse, onCiteQuote, onViewSource, version, presetTheme, preset, focusRequest = 0 }: LibrarySearchProps) {
  const api = useApi();
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [facets, setFacets] = useState<LibraryFacets | null>(null);
  const [sources, setSources] = useState<SourceSummary[] | null>(null);
  const [favourites, setFavourites] = useState<Set<string>>(new Set());
  // The filters' lists and the favourites: when one cannot be read the filters would look empty, so it is said.
  const [loadError, setLoadError] = useState('');
  const reportLoad = (err: unknown) => setLoadError(err instanceof Error ? err.message : String(err));
  const composing = useRef(false);
  const input = useRef<HTMLInputElement>(null);

  // Theme and kind counts scan the library, so they are fetched when the filters are first used,
  // not when the window opens.
  const [wantFacets, setWantFacets] = useState(false);
  useEffect(() => {
    if (!wantFacets) return;
    api.getLibraryFacets({}).then(setFacets, reportLoad);
    api.listSources({}).then(setSources, reportLoad);
  }, [api, version, wantFacets]);
  useEffect(() => {
    api.listPassageNotes({}).then((notes) => setFavourites(new Set(notes.filter((n) => n.favourite).map((n) => n.passageId))), reportLoad);
  }, [api, version]);

  useEffect(() => {
    if (presetTheme) setFilters((f) => ({ ...f, theme: presetTheme }));
  }, [presetTheme]);

  useEffect(() => {
    if (!preset) return;
    if (input.current) input.current.value = '';
    setQuery('');
    setWantFacets(true);
    setFilters({ ...NO_FILTERS, theme: preset.theme ?? '', kind: preset.kind });
  }, [preset]);

  // Ctrl+K or 编辑 → 搜索素材库 (asked for by the panel, which first shows this tab) puts the cursor in the search box.
  useEffect(() => {
    if (!focusRequest) return;
    input.current?.focus();
    input.current?.select();
  }, [focusRequest]);

  const request = useCallback(
    (offset: number) =>
      api.searchLibrary({
        query: query.trim(),
        limit: RESULT_PAGE,
        offset,
        ...(filters.theme ? { themes: [filters.theme] } : {}),
        ...(filters.kind ? { kinds: [filters.kind] } : {}),
        ...(filters.source ? { sourceIds: [filters.source] } : {}),
        ...(filters.sourceKind ? { sourceKinds: [filters.sourceKind] } : {}),
        ...(filters.own ? { own: true } : {}),
        ...(filters.favourites ? { favourites: true } : {}),
      }),
    [api, query, filters],
  );

  const browsing = !query.trim() && (filters.theme !== '' || filters.kind !== '' || filters.source !== '' || filters.sourceKind !== '' || filters.favourites);
  const searchKey = query.trim() || browsing ? JSON.stringify([query.trim(), filters, version]) : null;
  const pages = useResultPages(searchKey, request, SEARCH_DELAY_MS);
  // Until the first search the list is an empty box; once drawn it stays, as it always did.
  const [searched, setSearched] = useState(false);
  if (searchKey !== null && !searched) setSearched(true);
  const { total, error } = pages;
  // A selection belongs to the list it was made in: a new list starts at its first hit, also for a key
  // pressed before an effect could have reset it.
  const [selection, setSelection] = useState({ generation: 0, index: 0 });
  const selected = selection.generation === pages.generation ? selection.index : 0;
  const select = (index: number) => setSelection({ generation: pages.generation, index });

  // Enter pressed while the list still answered an older search: the search it was pressed for.
  const enterFor = useRef<string | null>(null);
  useEffect(() => {
    const pressedFor = enterFor.current;
    if (pressedFor === null) return;
    // The words or filters changed since: that Enter was for a search the writer left.
    if (pressedFor !== searchKey) enterFor.current = null;
    if (pressedFor !== searchKey || pages.shownKey !== pressedFor) return;
    enterFor.current = null;
    const hit = pages.hitAt(0);
    if (hit) onUse(hit, 'quote');
  }, [searchKey, pages, onUse]);

  const filtered = filters.theme !== '' || filters.kind !== '' || filters.source !== '' || filters.own || filters.favourites;
  // Nothing found under the filters: how many the words alone find, so the writer sees the filters are why.
  const [unfiltered, setUnfiltered] = useState<number | null>(null);
  useEffect(() => {
    setUnfiltered(null);
    if (total !== 0 || !filtered || !query.trim()) return;
    let live = true;
    api.searchLibrary({ query: query.trim(), limit: 1, offset: 0 }).then(
      (r) => live && setUnfiltered(r.total),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api, total, filtered, query]);
  const sourceTitle = (id: string) => sources?.find((s) => s.id === id)?.title ?? id;
  const chips: Array<{ key: keyof Filters; label: string }> = [
    ...(filters.theme ? [{ key: 'theme' as const, label: t('common.labelValue', { label: t('library.filter.theme'), value: filters.theme }) }] : []),
    ...(filters.kind ? [{ key: 'kind' as const, label: t('common.labelValue', { label: t('library.filter.kind'), value: passageKindLabel(filters.kind) }) }] : []),
    ...(filters.source ? [{ key: 'source' as const, label: t('common.labelValue', { label: t('library.filter.source'), value: sourceTitle(filters.source) }) }] : []),
    ...(filters.own ? [{ key: 'own' as const, label: t('library.filter.own') }] : []),
    ...(filters.favourites ? [{ key: 'favourites' as const, label: t('library.filter.favourites') }] : []),
  ];

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.nativeEvent.isComposing || searchKey === null) return;
    if (pages.shownKey !== searchKey) {
      // The list on screen answers older words (the new search is in its typing delay or on its way).
      // A writer who types and presses Enter means the words in the box, so the Enter waits for their
      // results and takes the first, as it would had they been there already; the old list's hits and
      // selection are never used, and the arrows wait too rather than move in a list about to go.
      if (e.key === 'Enter') {
        e.preventDefault();
        enterFor.current = searchKey;
      }
      return;
    }
    if (!total) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      select(Math.max(0, Math.min(total - 1, selected + (e.key === 'ArrowDown' ? 1 : -1))));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const hit = pages.hitAt(selected);
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
            {t('common.labelValue', { label: t('library.filter.theme'), value: t('library.filter.all') })}
          </option>
          {facets?.themes.map((f) => (
            <option key={f.name} value={f.name}>
              {t('common.withCount', { name: f.name, n: f.count })}
            </option>
          ))}
        </select>
        <select aria-label={t('library.filter.kind')} data-testid="filter-kind" value={filters.kind} onChange={(e) => setFilters({ ...filters, kind: e.target.value })}>
          <option value="">
            {t('common.labelValue', { label: t('library.filter.kind'), value: t('library.filter.all') })}
          </option>
          {facets?.kinds.map((f) => (
            <option key={f.name} value={f.name}>
              {t('common.withCount', { name: passageKindLabel(f.name), n: f.count })}
            </option>
          ))}
        </select>
        <select
          aria-label={t('library.filter.sourceKind')}
          data-testid="filter-source-kind"
          value={filters.sourceKind}
          onChange={(e) => setFilters({ ...filters, sourceKind: e.target.value as SourceKind | '' })}
        >
          <option value="">{t('common.labelValue', { label: t('library.filter.sourceKind'), value: t('library.filter.all') })}</option>
          {facets?.sourceKinds.map((f) => (
            <option key={f.name} value={f.name}>
              {t('common.withCount', { name: t(`sourceKind.${f.name as SourceKind}`), n: f.count })}
            </option>
          ))}
        </select>
        <select aria-label={t('library.filter.source')} data-testid="filter-source" value={filters.source} onChange={(e) => setFilters({ ...filters, source: e.target.value })}>
          <option value="">
            {t('common.labelValue', { label: t('library.filter.source'), value: t('library.filter.all') })}
          </option>
          {sources?.map((src) => (
            <option key={src.id} value={src.id}>
              {t('common.withCount', { name: src.title, n: src.passages })}
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
      {chips.length > 0 && (
        <div className="filter-chips" data-testid="filter-chips">
          {chips.map((c) => (
            <button
              key={c.key}
              type="button"
              className="filter-chip"
              data-testid="filter-chip"
              title={t('library.filter.remove', { filter: c.label })}
              onClick={() => setFilters({ ...filters, [c.key]: NO_FILTERS[c.key] })}
            >
              {c.label} <span aria-hidden="true">×</span>
            </button>
          ))}
          <button type="button" className="link-button" data-testid="clear-filters" onClick={() => setFilters(NO_FILTERS)}>
            {t('library.filter.clear')}
          </button>
        </div>
      )}
      {!error && loadError && (
        <p className="error-text" role="alert">
          {t('library.unavailable', { message: loadError })}
        </p>
      )}
      {error && (
        <p className="error-text" role="alert">
          {t('library.unavailable', { message: error })}
        </p>
      )}
      {total === null && !error && <p className="muted">{t('library.hint')}</p>}
      {total !== null && (
        <p className="muted" data-testid="library-count">
          {total === 0
            ? filtered
              ? unfiltered
                ? t('library.noResultsFiltered', { q: query.trim(), n: unfiltered })
                : t('library.noResultsUnderFilters')
              : t('library.noResults', { q: query.trim() })
            : t('library.count', { n: total })}{' '}
          ·{' '}{t('library.keyboardHint')}
        </p>
      )}
      {searched ? (
        <OnDemand>
          <ResultList
            pages={pages}
            selected={selected}
            onSelect={select}
            favourites={favourites}
            onToggleFavourite={toggleFavourite}
            onUse={onUse}
            onCiteQuote={onCiteQuote}
            onViewSource={onViewSource}
          />
        </OnDemand>
      ) : (
        EMPTY_LIST
      )}
    </div>
  );
}
