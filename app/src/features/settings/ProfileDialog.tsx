import { useEffect, useRef, useState } from 'react';
import { EMPTY_PROFILE, type Profile } from '../../../../electron/shared/api/apiTypes';
import { setLocale, t } from '../../../../electron/shared/i18n/translate';
import { useLocale } from '../locale/useLocale';
import { useDialogFocus } from '../layout/useDialogFocus';
import { useApi } from '../../api/apiContext';
import { LanguageSelect } from '../locale/LanguageSelect';

/** 姓名、单位、职务、地区: kept in user.db, used to localise passages. */
export function ProfileDialog({ onClose, onBackups }: { onClose: () => void; onBackups?: () => void }) {
  const api = useApi();
  const [profile, setProfile] = useState<Profile>(EMPTY_PROFILE);
  // The fields take typing once the stored profile is in: arriving later, it would overwrite what was
  // typed meanwhile (the dialog now loads on first open, so typing can start before the answer).
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api
      .getProfile({})
      .then(setProfile, (err: unknown) => setError(err instanceof Error ? err.message : String(err)))
      .finally(() => setLoaded(true));
  }, [api]);
  const field = (key: 'name' | 'unit' | 'position' | 'region', max: number) => (
    <label className="form-row">
      <span>{t(`settings.${key}`)}</span>
      <input data-testid={`profile-${key}`} value={profile[key]} maxLength={max} readOnly={!loaded} onChange={(e) => setProfile({ ...profile, [key]: e.target.value })} />
    </label>
  );
  // 取消 undoes everything the dialog changed, the language too (it applies at once, for a preview).
  const locale = useLocale();
  const openedWith = useRef(locale);
  const cancel = () => {
    const before = openedWith.current;
    if (locale !== before) void setLocale(before).then(() => api.savePreferences({ locale: before })).catch(() => undefined);
    onClose();
  };
  const box = useRef<HTMLDivElement>(null);
  useDialogFocus(box, cancel);
  const save = () =>
    api.saveProfile({ name: profile.name, unit: profile.unit, position: profile.position, region: profile.region }).then(onClose, (err: unknown) => setError(err instanceof Error ? err.message : String(err)));
  return (
    <div className="modal-backdrop" role="dialog" aria-modal="true" aria-label={t('settings.title')} data-testid="profile-dialog">
      <div className="modal" ref={box} tabIndex={-1}>
        <header className="modal-header">
          <h2>{t('settings.title')}</h2>
        </header>
        <p className="muted">{t('settings.hint')}</p>
        {error && <p className="error-text">{error}</p>}
        {profile.damaged && (
          <p className="error-text" role="alert" data-testid="profile-damaged">
            {t('settings.profileDamaged')}
          </p>
        )}
        {field('name', 50)}
        {field('unit', 100)}
        {field('position', 50)}
        {field('region', 50)}
        <LanguageSelect />
        <p className="muted">{t('settings.languageHint')}</p>
        <footer className="modal-footer">
          {onBackups && (
            <button type="button" className="link-button" onClick={onBackups}>
              {t('backups.open')}
            </button>
          )}
          <button type="button" data-testid="profile-cancel" onClick={cancel}>
            {t('import.cancel')}
          </button>
          <button type="button" className="primary" onClick={() => void save()}>
            {t('settings.save')}
          </button>
        </footer>
      </div>
    </div>
  );
}
