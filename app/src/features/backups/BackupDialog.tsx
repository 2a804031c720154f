import { useState } from 'react';
import { t } from '../../../../electron/shared/i18n/translate';
import { useApi } from '../../api/apiContext';
import { formatTime } from '../documents/formatTime';
import { BackupList } from './BackupList';
import { saveFile } from '../export/saveFile';
import { ModalFrame } from '../layout/ModalFrame';

/** Settings → 数据与备份: the backups, a backup now, and the export of everything as one zip. */
export function BackupDialog({ onClose }: { onClose: () => void }) {
  const api = useApi();
  const [message, setMessage] = useState<string | null>(null);
  const [refreshKey, setRefreshKey] = useState(0);
  const [busy, setBusy] = useState(false);
  const fail = (err: unknown) => setMessage(err instanceof Error ? err.message : String(err));

  const backupNow = async () => {
    setBusy(true);
    try {
      const b = await api.createBackup({});
      setMessage(t('backups.created', { time: formatTime(b.createdAt) }));
      setRefreshKey((k) => k + 1);
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  };
  const exportAll = async () => {
    setBusy(true);
    try {
      const bundle = await api.exportEverything({});
      if ((await saveFile(bundle.fileName, 'application/zip', bundle.dataBase64)) !== 'cancelled')
        setMessage(t(bundle.docx ? 'backups.exported' : 'backups.exportedNoDocx', { n: bundle.documents }));
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <ModalFrame
      label={t('backups.title')}
      testId="backup-dialog"
      actions={
        <div className="modal-actions">
          <button type="button" disabled={busy} onClick={() => void backupNow()}>
            {t('backups.now')}
          </button>
          <button type="button" disabled={busy} onClick={() => void exportAll()}>
            {t('backups.export')}
          </button>
        </div>
      }
    >
        <p className="muted">{t('backups.hint')}</p>
        {message && (
          <p className="status-text" role="status" data-testid="backup-message">
            {message}
          </p>
        )}
        <BackupList onMessage={setMessage} refreshKey={refreshKey} />
        <footer className="modal-footer">
          <button type="button" onClick={onClose}>
            {t('viewer.close')}
          </button>
        </footer>
    </ModalFrame>
  );
}
