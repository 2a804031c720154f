import { useEffect, useState } from 'react';
import type { PassageInfo, PassageQuote } from '../../../../electron/shared/api/apiTypes';
import { t } from '../../../../electron/shared/i18n/translate';
import { useApi } from '../../api/apiContext';
import { lookUpPassage } from './passageLookups';

const SHOWN = 60;

/** Who said it, as the passage puts it: 习近平总书记指出, 陈文胜说, 《…》强调. */
export function quoteLead(q: PassageQuote): string {
  if (q.type === 'title') return t('quotes.document');
  const who = q.title ? `《${q.title}》` : `${q.speaker ?? ''}${q.role ?? ''}` || t('quotes.unnamed');
  return t('quotes.said', { who, cue: q.cue });
}

/**
 * The statements quoted inside a passage (“……” after 总书记指出 …) and the documents it names, each
 * citable on its own: the original when the library has it (with a link to it), a 转引 of this
 * passage otherwise. A search result comes without the originals: they are looked up when shown.
 */
export function PassageQuotes<P extends PassageInfo>({
  passage,
  onCite,
  onViewOriginal,
}: {
  passage: P;
  onCite: (p: P, q: PassageQuote) => void;
  onViewOriginal?: (original: NonNullable<PassageQuote['original']>) => void;
}) {
  const api = useApi();
  const [looked, setLooked] = useState<PassageQuote[] | null>(null);
  const needsLookup = !!passage.quotes?.some((q) => q.original === undefined);
  useEffect(() => {
    if (!needsLookup) return;
    let live = true;
    lookUpPassage(api, passage.id).then(
      (full) => live && setLooked(full?.quotes ?? null),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api, passage.id, needsLookup]);
  const quotes = looked ?? passage.quotes ?? [];
  if (quotes.length === 0) return null;
  return (
    <div className="passage-quotes" data-testid="passage-quotes">
      <span className="kind-tag quote-tag">{t('quotes.label')}</span>
      <ul>
        {quotes.map((q) => (
          <li key={`${q.type}-${q.start}`} data-testid="passage-quote" data-quote-type={q.type}>
            <span className="muted">{quoteLead(q)}</span>
            {q.type === 'title' ? `《${q.text}》` : `“${q.text.length > SHOWN ? `${q.text.slice(0, SHOWN)}…` : q.text}”`}{' '}
            <button type="button" className="small link-button" onClick={() => onCite({ ...passage, quotes }, q)} data-testid="cite-quote">
              {q.type === 'title' ? t('quotes.citeTitle') : t('quotes.cite')}
            </button>
            {q.original && (
              <span className="muted quote-original" data-testid="quote-original">
                {' · '}
                {onViewOriginal ? (
                  <button type="button" className="link-button small" onClick={() => onViewOriginal(q.original!)}>
                    {t('quotes.original', { title: `《${q.original.workTitle}》` })}
                  </button>
                ) : (
                  t('quotes.original', { title: `《${q.original.workTitle}》` })
                )}
              </span>
            )}
            {q.original === null && <span className="muted"> · {t('quotes.secondary')}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
