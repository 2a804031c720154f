import { useEffect, useMemo, useRef, useState } from 'react';
import type { SourceDetail } from '../../../../electron/shared/api/apiTypes';
import { t } from '../../../../electron/shared/i18n/translate';
import { useDialogFocus } from '../layout/useDialogFocus';
import { useApi } from '../../api/apiContext';
import { PassageFlags } from '../library/PassageFlags';

/**
 * A source as it was collected and as the library reads it: works and their passages on the left,
 * the raw text on the right with the selected passage's span highlighted.
 */
export function SourceViewer({ sourceId, passageId, onClose, onChanged }: { sourceId: string; passageId: string | null; onClose: () => void; onChanged: () => void }) {
  const api = useApi();
  const [source, setSource] = useState<SourceDetail | null>(null);
  const [selected, setSelected] = useState<string | null>(passageId);
  const [editing, setEditing] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const box = useRef<HTMLDivElement>(null);
  useDialogFocus(box, onClose);
  const markRef = useRef<HTMLElement | null>(null);

  const load = () =>
    api.getSource({ id: sourceId }).then(setSource, (err: unknown) => setError(err instanceof Error ? err.message : String(err)));
  useEffect(() => {
    void load();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, sourceId]);

  const span = useMemo(() => {
    if (!source || !selected) return null;
    for (const w of source.workList) for (const p of w.passages) if (p.id === selected) return [p.start, p.end] as const;
    return null;
  }, [source, selected]);

  useEffect(() => {
    markRef.current?.scrollIntoView({ block: 'center' });
  }, [span]);

  const saveEdit = async (id: string) => {
    try {
      await api.updatePassage({ id, text: draft });
      setEditing(null);
      await load();
      onChanged();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };

  const remove = async () => {
    if (!source || !window.confirm(t('sources.deleteConfirm', { title: source.title }))) return;
    try {
      let result = await api.deleteSource({ id: source.id });
      if (!result.deleted) {
        const docs = result.citedBy.map((d) => `· ${d.title || t('docs.untitled')}`).join('\n');
        if (!window.confirm(t('sources.deleteCited', { docs }))) return;
        result = await api.deleteSource({ id: source.id, confirmed: true });
      }
      onChanged();
      onClose();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <div className="modal-backdrop" role="dialog" aria-modal="true" aria-label={t('viewer.title')} data-testid="source-viewer">
      <div className="modal modal-wide" ref={box} tabIndex={-1}>
        <header className="modal-header">
          <div>
            <h2>{source?.title ?? '…'}</h2>
            {source && (
              <p className="muted source-facts">
                {[
                  source.site && t('common.labelValue', { label: t('viewer.site'), value: source.site }),
                  source.date && t('common.labelValue', { label: t('viewer.date'), value: source.date }),
                  source.url && t('common.labelValue', { label: t('viewer.url'), value: source.url }),
                  t('common.labelValue', { label: t('viewer.file'), value: source.fileName }),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
            )}
          </div>
          <span className="modal-actions">
            {source?.own && (
              <button type="button" className="danger" onClick={() => void remove()}>
                {t('sources.delete')}
              </button>
            )}
            <button type="button" onClick={onClose}>
              {t('viewer.close')}
            </button>
          </span>
        </header>
        {error && (
          <p className="error-text" role="alert">
            {error}
          </p>
        )}
        {source && (
          <div className="viewer-columns">
            <section className="viewer-works" aria-label={t('viewer.work')}>
              {source.workList.map((w) => (
                <div key={w.id} className="viewer-work">
                  <h3>{w.title}</h3>
                  {w.passages.map((p) => (
                    <div key={`${p.id}-${p.start}`} className={`viewer-passage${p.id === selected ? ' selected' : ''}`} data-testid="viewer-passage" data-passage-id={p.id}>
                      {editing === p.id ? (
                        <>
                          <textarea value={draft} onChange={(e) => setDraft(e.target.value)} rows={5} maxLength={5000} />
                          <span className="row-actions">
                            <button type="button" className="primary small" onClick={() => void saveEdit(p.id)}>
                              {t('viewer.save')}
                            </button>
                            <button type="button" className="small" onClick={() => setEditing(null)}>
                              {t('viewer.cancel')}
                            </button>
                          </span>
                        </>
                      ) : (
                        <button type="button" className="passage-button" onClick={() => setSelected(p.id)}>
                          <span className="kind-tag">{p.kind}</span>
                          {p.incomplete && <span className="kind-tag warn">{t('library.incomplete')}</span>}
                          <PassageFlags flags={p.flags} />
                          {p.edited && <span className="kind-tag">{t('viewer.edited')}</span>} {p.text}
                        </button>
                      )}
                      {p.editable && editing !== p.id && p.id === selected && (
                        <button type="button" className="small" onClick={() => (setEditing(p.id), setDraft(p.text))}>
                          {t('viewer.edit')}
                        </button>
                      )}
                    </div>
                  ))}
                </div>
              ))}
            </section>
            <section className="viewer-raw" aria-label={t('viewer.raw')}>
              <p className="muted">{t('viewer.rawHint')}</p>
              <pre data-testid="viewer-raw">
                {span ? (
                  <>
                    {source.rawText.slice(0, span[0])}
                    <mark ref={markRef}>{source.rawText.slice(span[0], span[1])}</mark>
                    {source.rawText.slice(span[1])}
                  </>
                ) : (
                  source.rawText
                )}
              </pre>
            </section>
          </div>
        )}
      </div>
    </div>
  );
}
