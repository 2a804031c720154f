import { useEffect, useRef, useState } from 'react';
import type { PassageHit, SearchResult } from '../../../../electron/shared/api/apiTypes';
import { t } from '../../../../electron/shared/i18n/translate';
import { useApi } from '../../api/apiContext';
import { Highlighted } from './Highlighted';

const SEARCH_DELAY_MS = 150;

export interface LibrarySearchProps {
  onUse: (passage: PassageHit, how: 'quote' | 'adapt' | 'seeAlso') => void;
  onViewSource: (passage: PassageHit) => void;
  /** Changes when the library changes (an import), so the results are fetched again. */
  version: number;
}

/** Search the library and insert a passage as a cited quotation. */
export function LibrarySearch({ onUse, onViewSource, version }: LibrarySearchProps) {
  const api = useApi();
  const [query, setQuery] = useState('');
  const [result, setResult] = useState<SearchResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const composing = useRef(false);
  const seq = useRef(0);

  useEffect(() => {
    const q = query.trim();
    if (!q) {
      setResult(null);
      setError(null);
      return;
    }
    const mine = ++seq.current;
    const timer = setTimeout(() => {
      api.searchLibrary({ query: q, limit: 50 }).then(
        (r) => {
          if (mine === seq.current) {
            setResult(r);
            setError(null);
          }
        },
        (err: unknown) => {
          if (mine === seq.current) setError(err instanceof Error ? err.message : String(err));
        },
      );
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [api, query, version]);

  return (
    <>
      <input
        type="search"
        className="search-input"
        data-testid="library-search"
        placeholder={t('library.searchPlaceholder')}
        defaultValue=""
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
      />
      {error && (
        <p className="error-text" role="alert">
          {t('library.unavailable', { message: error })}
        </p>
      )}
      {!result && !error && <p className="muted">{t('library.hint')}</p>}
      {result && (
        <>
          <p className="muted" data-testid="library-count">
            {result.total === 0 ? t('library.noResults', { q: query.trim() }) : t('library.count', { n: result.total })}
          </p>
          <ul className="results">
            {result.results.map((hit) => (
              <li key={hit.id} className="result" data-testid="library-result" data-passage-id={hit.id}>
                <p className="result-text">
                  <Highlighted text={hit.text} ranges={hit.highlights} />
                </p>
                <p className="result-source">{t('library.source', { title: hit.workTitle })}</p>
                <span className="row-actions">
                  <button type="button" className="primary small" onClick={() => onUse(hit, 'quote')}>
                    {t('library.insertQuote')}
                  </button>
                  <button type="button" className="small" onClick={() => onUse(hit, 'adapt')}>
                    {t('library.adapt')}
                  </button>
                  <button type="button" className="small" onClick={() => onUse(hit, 'seeAlso')}>
                    {t('library.seeAlso')}
                  </button>
                  <button type="button" className="small" onClick={() => onViewSource(hit)}>
                    {t('library.viewSource')}
                  </button>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
