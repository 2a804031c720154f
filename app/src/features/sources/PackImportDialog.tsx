import { useEffect, useRef, useState } from 'react';
import type { PackImportSummary } from '../../../../electron/shared/api/packTypes';
import { t } from '../../../../electron/shared/i18n/translate';
import { useApi } from '../../api/apiContext';
import { formatTime } from '../documents/formatTime';
import { ModalFrame } from '../layout/ModalFrame';
import { readFileAsBase64 } from './readFileAsBase64';

type Outcome = { name: string; summary: PackImportSummary } | { name: string; error: string };

/**
 * 导入材料包: each pack is merged in turn (one transaction each on the service side), then what it
 * added is listed — sources new or already here, passages stored or linked, corrections applied or
 * skipped and why. A refused pack says why; it changed nothing.
 */
export function PackImportDialog({ files, onClose, onImported }: { files: File[]; onClose: () => void; onImported: () => void }) {
  const api = useApi();
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  const [current, setCurrent] = useState<string | null>(files[0]?.name ?? null);
  const notify = useRef(onImported);
  const started = useRef(false);
  const closed = useRef(false);
  useEffect(() => {
    notify.current = onImported;
  }, [onImported]);

  useEffect(() => {
    closed.current = false;
    // A merge is not undone by closing the dialog: each pack is sent once, however often React
    // runs this effect; closing stops the packs not yet sent.
    if (!started.current) {
      started.current = true;
      void (async () => {
        for (const file of files) {
          if (closed.current) return;
          setCurrent(file.name);
          let outcome: Outcome;
          try {
            outcome = { name: file.name, summary: await api.importLibraryPack({ name: file.name, dataBase64: await readFileAsBase64(file) }) };
            notify.current();
          } catch (err) {
            outcome = { name: file.name, error: err instanceof Error ? err.message : String(err) };
          }
          setOutcomes((all) => [...all, outcome]);
        }
        setCurrent(null);
      })();
    }
    return () => {
      closed.current = true;
    };
  }, [api, files]);

  return (
    <ModalFrame label={t('pack.importTitle')} testId="pack-import-dialog" className="wide" onClose={onClose} closeLabel={t('viewer.close')}>
      {outcomes.map((o) => ('summary' in o ? <PackSummary key={o.name} name={o.name} summary={o.summary} /> : <p key={o.name} className="error-text" role="alert">{t('pack.importFailed', { name: o.name, message: o.error })}</p>))}
      {current && (
        <div className="progress-block" data-testid="pack-import-progress">
          <p>{t('pack.importing', { name: current })}</p>
          <progress />
        </div>
      )}
      <footer className="modal-footer">
        <button type="button" className="primary" disabled={current !== null} onClick={onClose}>
          {t('pack.close')}
        </button>
      </footer>
    </ModalFrame>
  );
}

/** Only the counts that are not zero: a pack without corrections says so in one sentence. */
function correctionsLine(c: PackImportSummary['corrections']): string {
  const parts = [
    c.applied > 0 && t('pack.correctionsApplied', { n: c.applied }),
    c.present > 0 && t('pack.correctionsPresent', { n: c.present }),
    c.skipped.length > 0 && t('pack.correctionsSkipped', { n: c.skipped.length }),
  ].filter((p): p is string => typeof p === 'string');
  return parts.length ? t('pack.corrections', { parts: parts.join(t('common.listSeparator')) }) : t('pack.correctionsNone');
}

function PackSummary({ name, summary }: { name: string; summary: PackImportSummary }) {
  const { passages, corrections } = summary;
  return (
    <section className="preview-card pack-card" data-testid="pack-import-summary">
      <h3 className="pack-heading">{t('pack.imported', { name })}</h3>
      <p className="muted">{t('pack.madeAt', { date: formatTime(summary.pack.createdAt), version: summary.pack.appVersion })}</p>
      <ul className="pack-sources">
        {summary.sources.map((s) => (
          <li key={s.id}>
            <span className={s.added ? 'kind-tag' : 'kind-tag muted-tag'}>{s.added ? t('pack.sourceAdded') : t('pack.sourcePresent')}</span> {s.title}
          </li>
        ))}
      </ul>
      <p>{t('pack.passages', { added: passages.added, present: passages.present })}</p>
      <p>{correctionsLine(corrections)}</p>
      {corrections.skipped.length > 0 && (
        <details>
          <summary>{t('pack.skipped', { n: corrections.skipped.length })}</summary>
          <ul className="pack-skipped">
            {corrections.skipped.map((k) => (
              <li key={k.passageId}>{t('common.labelValue', { label: t(`pack.skip.${k.reason}`), value: k.text })}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
