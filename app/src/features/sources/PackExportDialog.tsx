import { useState } from 'react';
import type { SourceSummary } from '../../../../electron/shared/api/apiTypes';
import type { PackExportResult } from '../../../../electron/shared/api/packTypes';
import { t } from '../../../../electron/shared/i18n/translate';
import { useApi } from '../../api/apiContext';
import { saveFile } from '../export/saveFile';
import { ModalFrame } from '../layout/ModalFrame';

const PACK_MIME = 'application/octet-stream';

/** 导出材料包: the chosen own sources, what the pack will hold, then the .qwpack as a download. */
export function PackExportDialog({ sources, onClose }: { sources: SourceSummary[]; onClose: () => void }) {
  const api = useApi();
  const [working, setWorking] = useState(false);
  const [result, setResult] = useState<PackExportResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  const start = async () => {
    setWorking(true);
    setError(null);
    try {
      const pack = await api.exportLibraryPack({ sourceIds: sources.map((s) => s.id) });
      if ((await saveFile(pack.fileName, PACK_MIME, pack.dataBase64)) !== 'cancelled') setResult(pack);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setWorking(false);
    }
  };

  return (
    <ModalFrame label={t('pack.exportTitle')} testId="pack-export-dialog" onClose={onClose} closeLabel={t('viewer.close')}>
      <p>{t('pack.exportHint', { n: sources.length })}</p>
      <ul className="pack-sources">
        {sources.map((s) => (
          <li key={s.id}>
            {s.title} <span className="muted">{t('sources.counts', { works: s.works, passages: s.passages })}</span>
          </li>
        ))}
      </ul>
      {working && (
        <div className="progress-block">
          <p>{t('pack.exporting')}</p>
          <progress />
        </div>
      )}
      {error && (
        <p className="error-text" role="alert">
          {t('pack.exportFailed', { message: error })}
        </p>
      )}
      {result && (
        <p data-testid="pack-export-done">
          {t('pack.exported', { file: result.fileName, sources: result.sources, passages: result.passages, corrections: result.corrections, size: (result.bytes / 1048576).toFixed(1) })}
        </p>
      )}
      <footer className="modal-footer">
        {result && (
          <button type="button" onClick={() => saveFile(result.fileName, PACK_MIME, result.dataBase64).catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)))}>
            {t('pack.downloadAgain')}
          </button>
        )}
        <button type="button" onClick={onClose}>
          {result ? t('pack.close') : t('pack.cancel')}
        </button>
        {!result && (
          <button type="button" className="primary" disabled={working} onClick={() => void start()} data-testid="pack-export-start">
            {t('pack.exportButton')}
          </button>
        )}
      </footer>
    </ModalFrame>
  );
}
