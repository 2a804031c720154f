import { useState } from 'react';
import { EXPORT_FORMATS, EXPORT_PRESETS, type ExportFormat, type ExportPreset, type ExportResult } from '../../../../electron/shared/export/exportFormats';
import { t } from '../../../../electron/shared/i18n/translate';
import { useApi } from '../../api/apiContext';
import { flushPendingSave } from '../editor/pendingSave';
import { downloadFile } from './downloadFile';
import { ModalFrame } from '../layout/ModalFrame';

/** File → 导出: format, layout preset, then the file as a download; progress while it is made. */
export function ExportDialog({ documentId, onClose }: { documentId: string; onClose: () => void }) {
  const api = useApi();
  const [format, setFormat] = useState<ExportFormat>('docx');
  const [preset, setPreset] = useState<ExportPreset>('gbt9704');
  const [checkAppendix, setCheckAppendix] = useState(false);
  const [working, setWorking] = useState(false);
  const [result, setResult] = useState<ExportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const laidOut = format === 'docx' || format === 'pdf';

  const start = async () => {
    setWorking(true);
    setError(null);
    setResult(null);
    try {
      await flushPendingSave();
      const file = await api.exportDocument({ id: documentId, format, ...(laidOut ? { preset } : {}), ...(checkAppendix ? { checkAppendix } : {}) });
      downloadFile(file.fileName, file.mimeType, file.dataBase64);
      setResult(file);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setWorking(false);
    }
  };

  return (
    <ModalFrame label={t('export.title')} testId="export-dialog" className="export-dialog" onClose={onClose} closeLabel={t('export.close')}>
        <fieldset className="export-choice" disabled={working}>
          <legend>{t('export.format')}</legend>
          {EXPORT_FORMATS.map((f) => (
            <label key={f}>
              <input type="radio" name="export-format" value={f} checked={format === f} onChange={() => setFormat(f)} data-testid={`export-format-${f}`} /> {t(`export.format.${f}`)}
            </label>
          ))}
        </fieldset>
        {laidOut && (
          <fieldset className="export-choice" disabled={working}>
            <legend>{t('export.preset')}</legend>
            {EXPORT_PRESETS.map((p) => (
              <label key={p}>
                <input type="radio" name="export-preset" value={p} checked={preset === p} onChange={() => setPreset(p)} data-testid={`export-preset-${p}`} /> {t(`export.preset.${p}`)}
              </label>
            ))}
            <p className="muted">{t(`export.presetHint.${preset}`)}</p>
          </fieldset>
        )}
        <label className="export-option">
          <input type="checkbox" checked={checkAppendix} disabled={working} onChange={(e) => setCheckAppendix(e.target.checked)} data-testid="export-check-appendix" /> {t('export.checkAppendix')}
        </label>
        {working && (
          <div className="progress-block" data-testid="export-progress">
            <p>{format === 'pdf' ? t('export.workingPdf') : t('export.working')}</p>
            <progress />
          </div>
        )}
        {error && (
          <p className="error-text" role="alert">
            {t('export.failed', { message: error })}
          </p>
        )}
        {result && (
          <div data-testid="export-done">
            <p>{t('export.done', { name: result.fileName, size: Math.max(1, Math.round(result.bytes / 1024)) })}</p>
            <p className="muted">
              {t('export.notes', {
                mode: [t(`footnotes.style.${result.notes}`), t(`footnotes.edition.${result.edition}`)].join(t('common.listSeparator')),
                references: result.references ? t('export.withReferences') : t('export.noReferences'),
              })}
            </p>
            {result.pdfEngine && <p className="muted">{t(`export.engine.${result.pdfEngine}`)}</p>}
          </div>
        )}
        <footer className="modal-footer">
          {result && (
            <button type="button" onClick={() => downloadFile(result.fileName, result.mimeType, result.dataBase64)}>
              {t('export.downloadAgain')}
            </button>
          )}
          <button type="button" onClick={onClose}>
            {result ? t('export.close') : t('export.cancel')}
          </button>
          <button type="button" className="primary" disabled={working} onClick={() => void start()} data-testid="export-start">
            {t('export.start')}
          </button>
        </footer>
    </ModalFrame>
  );
}
