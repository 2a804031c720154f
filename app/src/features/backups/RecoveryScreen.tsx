import { useEffect, useState } from 'react';
import { t } from '../../../../electron/shared/i18n/translate';
import { useApi } from '../../api/apiContext';
import { BackupList } from './BackupList';

/**
 * Shown instead of the editor when user.db is refused (damaged, or from a newer version): why, that
 * the file was not touched, and the backups to restore. Nothing is reset behind the user's back.
 */
export function RecoveryScreen({ reason }: { reason: string }) {
  const api = useApi();
  const [message, setMessage] = useState<string | null>(null);
  const [hasBackups, setHasBackups] = useState<boolean | null>(null);
  useEffect(() => {
    api.listBackups({}).then((b) => setHasBackups(b.length > 0), () => setHasBackups(false));
  }, [api]);
  return (
    <div className="recovery" role="alert" data-testid="recovery">
      <h1>{t('recovery.title')}</h1>
      <p data-testid="notice">{reason}</p>
      {message && (
        <p className="status-text" role="status" data-testid="backup-message">
          {message}
        </p>
      )}
      {hasBackups === false ? <p className="muted">{t('recovery.noBackups')}</p> : <p className="muted">{t('recovery.hint')}</p>}
      <BackupList onMessage={setMessage} />
    </div>
  );
}
