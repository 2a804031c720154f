import { useEffect, useState } from 'react';
import type { SourceSummary } from '../../../../electron/shared/api/apiTypes';
import { t } from '../../../../electron/shared/i18n/translate';
import { useApi } from '../../api/apiContext';
import { SourceKindBadge } from './SourceKindBadge';

/**
 * The library's sources, the user's own first, each opening the source viewer. Own sources can be
 * ticked and exported as a library pack; a pack is imported from here too.
 */
export function SourceList({
  version,
  onOpen,
  onImport,
  onExportPack,
}: {
  version: number;
  onOpen: (sourceId: string) => void;
  onImport: (how: 'files' | 'folder' | 'paste' | 'pack') => void;
  onExportPack: (sources: SourceSummary[]) => void;
}) {
  const api = useApi();
  const [sources, setSources] = useState<SourceSummary[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    api.listSources({}).then(setSources, (err: unknown) => setError(err instanceof Error ? err.message : String(err)));
  }, [api, version]);

  const own = sources.filter((s) => s.own);
  const shipped = sources.filter((s) => !s.own);
  // A source deleted meanwhile is no longer chosen.
  const selected = own.filter((s) => chosen.has(s.id));
  const toggle = (id: string, on: boolean) =>
    setChosen((now) => {
      const next = new Set(now);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const item = (s: SourceSummary) => (
    <button type="button" className="source-item" onClick={() => onOpen(s.id)} data-testid="source-item">
      <span className="doc-title">
        <SourceKindBadge kind={s.kind} />
        {s.title}
      </span>
      <span className="doc-meta">
        {[s.site, s.date].filter(Boolean).join(' · ')} {t('sources.counts', { works: s.works, passages: s.passages })}
      </span>
    </button>
  );
  return (
    <div className="source-list">
      <div className="import-buttons">
        <button type="button" className="primary import-button" onClick={() => onImport('files')} data-testid="import-button">
          {t('sources.import')}
        </button>
        <button type="button" onClick={() => onImport('folder')} data-testid="import-folder-button">
          {t('sources.importFolder')}
        </button>
        <button type="button" onClick={() => onImport('paste')} data-testid="paste-source-button">
          {t('sources.paste')}
        </button>
        <button type="button" onClick={() => onImport('pack')} data-testid="pack-import-button">
          {t('pack.import')}
        </button>
      </div>
      <p className="muted">{t('sources.dropHint')}</p>
      {error && <p className="error-text">{error}</p>}
      <h3>{t('sources.own')}</h3>
      {own.length === 0 ? (
        <p className="muted">{t('sources.empty')}</p>
      ) : (
        <>
          <div className="pack-bar" data-testid="pack-bar">
            <label>
              <input
                type="checkbox"
                checked={selected.length === own.length}
                ref={(box) => {
                  if (box) box.indeterminate = selected.length > 0 && selected.length < own.length;
                }}
                onChange={(e) => setChosen(new Set(e.target.checked ? own.map((s) => s.id) : []))}
                data-testid="pack-select-all"
              />{' '}
              {selected.length > 0 ? t('pack.selected', { n: selected.length }) : t('pack.selectAll')}
            </label>
            <button type="button" disabled={selected.length === 0} onClick={() => onExportPack(selected)} data-testid="pack-export-button">
              {t('pack.export')}
            </button>
          </div>
          <ul>
            {own.map((s) => (
              <li key={s.id} className="own-source">
                <input type="checkbox" checked={chosen.has(s.id)} onChange={(e) => toggle(s.id, e.target.checked)} aria-label={t('pack.select', { title: s.title })} data-testid="pack-select" />
                {item(s)}
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="muted pack-hint">{t('pack.hint')}</p>
      <h3>{t('sources.shipped')}</h3>
      <ul>
        {shipped.map((s) => (
          <li key={s.id}>{item(s)}</li>
        ))}
      </ul>
    </div>
  );
}
