import { useEffect, useState } from 'react';
import type { SourceSummary } from '../../../../electron/shared/api/apiTypes';
import { t } from '../../../../electron/shared/i18n/translate';
import { useApi } from '../../api/apiContext';
import { SourceKindBadge } from './SourceKindBadge';

/** The library's sources, the user's own first, each opening the source viewer. */
export function SourceList({ version, onOpen, onImport }: { version: number; onOpen: (sourceId: string) => void; onImport: () => void }) {
  const api = useApi();
  const [sources, setSources] = useState<SourceSummary[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api.listSources({}).then(setSources, (err: unknown) => setError(err instanceof Error ? err.message : String(err)));
  }, [api, version]);

  const own = sources.filter((s) => s.own);
  const shipped = sources.filter((s) => !s.own);
  const item = (s: SourceSummary) => (
    <li key={s.id}>
      <button type="button" className="source-item" onClick={() => onOpen(s.id)} data-testid="source-item">
        <span className="doc-title">
          <SourceKindBadge kind={s.kind} />
          {s.title}
        </span>
        <span className="doc-meta">
          {[s.site, s.date].filter(Boolean).join(' · ')} {t('sources.counts', { works: s.works, passages: s.passages })}
        </span>
      </button>
    </li>
  );
  return (
    <div className="source-list">
      <button type="button" className="primary import-button" onClick={onImport} data-testid="import-button">
        {t('sources.import')}
      </button>
      <p className="muted">{t('sources.dropHint')}</p>
      {error && <p className="error-text">{error}</p>}
      <h3>{t('sources.own')}</h3>
      {own.length === 0 ? <p className="muted">{t('sources.empty')}</p> : <ul>{own.map(item)}</ul>}
      <h3>{t('sources.shipped')}</h3>
      <ul>{shipped.map(item)}</ul>
    </div>
  );
}
