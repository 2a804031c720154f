import { useEffect, useState } from 'react';
import type { RelatedPassage } from '../../../../electron/shared/api/apiTypes';
import { bestSource } from '../../../../electron/shared/citations/bestSource';
import { t } from '../../../../electron/shared/i18n/translate';
import { useApi } from '../../api/apiContext';
import { Highlighted } from './Highlighted';
import { PassageActions } from './PassageActions';
import { PassageFlags } from './PassageFlags';
import { SourceKindBadge } from '../sources/SourceKindBadge';

const MIN_CHARS = 8;

/** Passages that share key terms with the paragraph under the cursor, with those terms shown. */
export function RelatedPassages({ paragraph, onUse }: { paragraph: { text: string; citedIds: string[] } | null; onUse: (p: RelatedPassage, how: 'quote' | 'adapt' | 'seeAlso') => void }) {
  const api = useApi();
  const [related, setRelated] = useState<RelatedPassage[] | null>(null);
  useEffect(() => {
    if (!paragraph || Array.from(paragraph.text).length < MIN_CHARS) {
      setRelated(null);
      return;
    }
    let live = true;
    api.relatedPassages({ text: paragraph.text, excludeIds: paragraph.citedIds, limit: 6 }).then(
      (r) => live && setRelated(r),
      () => live && setRelated([]),
    );
    return () => {
      live = false;
    };
  }, [api, paragraph]);

  if (!related) return <p className="muted">{t('related.hint')}</p>;
  if (related.length === 0) return <p className="muted">{t('related.none')}</p>;
  return (
    <ul className="results related" data-testid="related-list">
      {related.map((r) => (
        <li key={r.id} className="result" data-testid="related-result">
          <p className="result-meta">
            <SourceKindBadge kind={bestSource(r.sources)?.kind} />
            {r.terms.map((term) => (
              <span key={term} className="kind-tag theme">
                {term}
              </span>
            ))}
            <PassageFlags flags={r.flags} />
          </p>
          <p className="result-text">
            <Highlighted text={r.text} ranges={r.highlights} />
          </p>
          <p className="result-source">{t('library.source', { title: r.workTitle })}</p>
          <PassageActions passage={r} onUse={onUse} />
        </li>
      ))}
    </ul>
  );
}
