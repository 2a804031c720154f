import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { PassageHit, PassageQuote } from '../../../../electron/shared/api/apiTypes';
import { bestSource } from '../../../../electron/shared/citations/bestSource';
import { t } from '../../../../electron/shared/i18n/translate';
import { Highlighted } from './Highlighted';
import { PassageActions } from './PassageActions';
import { PassageFlags } from './PassageFlags';
import { PassageNoteEditor } from './PassageNoteEditor';
import { PassageQuotes } from './PassageQuotes';
import { SourceKindBadge } from '../sources/SourceKindBadge';
import { passageKindLabel } from './passageKindLabel';
import type { ResultPages } from './useResultPages';

/** The search API pages up to this offset; deeper ranks are reached by narrowing the search. */
const MAX_ROWS = 100_000;

export interface ResultListProps {
  pages: ResultPages;
  selected: number;
  onSelect: (index: number) => void;
  favourites: Set<string>;
  onToggleFavourite: (id: string) => void;
  onUse: (passage: PassageHit, how: 'quote' | 'adapt' | 'seeAlso') => void;
  onCiteQuote: (passage: PassageHit, quote: PassageQuote) => void;
  onViewSource: (passage: PassageHit) => void;
}

/**
 * The ranked hits as a virtual list: only the rows in view (and a few around them) exist in the DOM,
 * each row's height is measured once rendered, and the pages behind the visible rows are fetched as
 * they scroll into view. 10,000 hits scroll like 10.
 */
export function ResultList({ pages, selected, onSelect, favourites, onToggleFavourite, onUse, onCiteQuote, onViewSource }: ResultListProps) {
  const scroller = useRef<HTMLUListElement>(null);
  const count = Math.min(pages.total ?? 0, MAX_ROWS);
  const virtual = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => 170,
    overscan: 4,
    gap: 8,
    getItemKey: (index) => pages.hitAt(index)?.id ?? `row-${index}`,
  });
  const items = virtual.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? -1;
  const { ensure } = pages;
  useEffect(() => {
    if (last >= first) ensure(first, last);
  }, [ensure, first, last]);
  useEffect(() => {
    virtual.scrollToOffset(0);
  }, [pages.generation, virtual]);
  // The first page of a search is in the DOM (painted next frame): the mark the 100 ms target is measured by.
  useLayoutEffect(() => {
    if (pages.generation === 0) return;
    performance.clearMarks('library-results');
    performance.mark('library-results');
  }, [pages.generation]);
  useEffect(() => {
    if (selected >= count) return;
    // A card taller than the list is shown from its start (its words), not scrolled down to its buttons.
    // The first card of a search is the list's top. A selected card grows (its actions and note), so its
    // height is read from the DOM, which has it already, not from the list's measurements, which follow.
    if (selected === 0) return virtual.scrollToOffset(0);
    const list = scroller.current;
    const card = list?.querySelector<HTMLElement>(`[data-index="${selected}"]`);
    const tall = !!list && !!card && card.offsetHeight > list.clientHeight;
    virtual.scrollToIndex(selected, { align: tall ? 'start' : 'auto' });
  }, [selected, count, virtual]);

  return (
    <ul className="results virtual" ref={scroller} data-testid="library-results">
      <li className="results-spacer" style={{ height: virtual.getTotalSize() }} aria-hidden />
      {items.map((item) => {
        const hit = pages.hitAt(item.index);
        return (
          <li
            key={item.key}
            ref={virtual.measureElement}
            data-index={item.index}
            className={`result${item.index === selected ? ' selected' : ''}${hit ? '' : ' placeholder'}`}
            style={{ transform: `translateY(${item.start}px)` }}
            data-testid={hit ? 'library-result' : 'library-result-loading'}
            data-passage-id={hit?.id}
            // Selected by a click (or the arrow keys), not by the pointer passing over: the selected card
            // shows its note box, and a hover that selected would move the cards under the pointer.
            onClick={() => onSelect(item.index)}
          >
            {hit ? (
              <>
                <p className="result-meta">
                  <span className="result-rank">{item.index + 1}</span>
                  <SourceKindBadge kind={bestSource(hit.sources)?.kind} />
                  <span className="kind-tag">{passageKindLabel(hit.kind)}</span>
                  {hit.themes.slice(0, 3).map((th) => (
                    <span key={th} className="kind-tag theme">
                      {th}
                    </span>
                  ))}
                  {hit.own && <span className="kind-tag own">{t('sources.own')}</span>}
                  <PassageFlags flags={hit.flags} />
                  <button
                    type="button"
                    className={`star${favourites.has(hit.id) ? ' on' : ''}`}
                    aria-label={favourites.has(hit.id) ? t('library.unfavourite') : t('library.favourite')}
                    title={favourites.has(hit.id) ? t('library.unfavourite') : t('library.favourite')}
                    onClick={() => onToggleFavourite(hit.id)}
                  >
                    {favourites.has(hit.id) ? '★' : '☆'}
                  </button>
                </p>
                <p className="result-text">
                  <Highlighted text={hit.text} ranges={hit.highlights} />
                </p>
                <p className="result-source">{t('library.source', { title: hit.workTitle })}</p>
                <PassageQuotes passage={hit} onCite={onCiteQuote} onViewOriginal={(o) => onViewSource({ ...hit, id: o.passageId, sources: [o.source] })} />
                <PassageActions passage={hit} onUse={onUse} onViewSource={onViewSource} />
                {item.index === selected && <PassageNoteEditor passageId={hit.id} />}
              </>
            ) : (
              <p className="muted">{t('library.loadingMore')}</p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
