import { useCallback, useEffect, useState } from 'react';
import type { BackupInfo } from '../../../../electron/shared/api/backupTypes';
import { t } from '../../../../electron/shared/i18n/translate';
import { useApi } from '../../api/apiContext';
import { formatTime } from '../documents/formatTime';
import { formatSize } from './formatSize';
import './backups.css';

/**
 * The backups with time, size and kind, each with a restore button. Restoring asks first, then
 * reloads the page so nothing of the replaced data stays on screen.
 */
export function BackupList({ onMessage, refreshKey = 0 }: { onMessage: (message: string) => void; refreshKey?: number }) {
  const api = useApi();
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [busy, setBusy] = useState(false);
  const load = useCallback(() => {
    api.listBackups({}).then(setBackups, (err: unknown) => onMessage(err instanceof Error ? err.message : String(err)));
  }, [api, onMessage]);
  useEffect(load, [load, refreshKey]);

  const restore = async (b: BackupInfo) => {
    if (!window.confirm(t('backups.restoreConfirm', { time: formatTime(b.createdAt) }))) return;
    setBusy(true);
    try {
      await api.restoreBackup({ name: b.name });
      onMessage(t('backups.restored', { time: formatTime(b.createdAt) }));
      setTimeout(() => window.location.reload(), 800);
    } catch (err) {
      onMessage(t('backups.restoreFailed', { message: err instanceof Error ? err.message : String(err) }));
      setBusy(false);
      load();
    }
  };

  if (backups === null) return null;
  if (backups.length === 0) return <p className="muted">{t('backups.empty')}</p>;
  return (
    <table className="backup-table" data-testid="backup-list">
      <thead>
        <tr>
          <th>{t('backups.time')}</th>
          <th>{t('backups.kind')}</th>
          <th>{t('backups.size')}</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {backups.map((b) => (
          <tr key={b.name} data-testid="backup-row">
            <td>{formatTime(b.createdAt)}</td>
            <td>{t(`backups.reason.${b.reason}`)}</td>
            <td>{formatSize(b.size)}</td>
            <td>
              <button type="button" disabled={busy} onClick={() => void restore(b)}>
                {t('backups.restore')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
