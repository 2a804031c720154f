import { useEffect, useState } from 'react';
import { t } from '../../../../electron/shared/i18n/translate';

// A part comes from disk or loopback in a few milliseconds: a note shown at once would only flash.
const SHOW_AFTER_MS = 250;

/** "正在载入…", shown only when loading a part takes long enough to be noticed. */
export function LoadingNote() {
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setVisible(true), SHOW_AFTER_MS);
    return () => clearTimeout(timer);
  }, []);
  return visible ? (
    <div className="loading-note" role="status" data-testid="loading-note">
      {t('common.loading')}
    </div>
  ) : null;
}
