import { useState } from 'react';
import { LOCALE_TAGS, type Locale } from '../../../../electron/shared/i18n/locales';
import { setLocale, t } from '../../../../electron/shared/i18n/translate';
import { useApi } from '../../api/apiContext';
import { useLocale } from './useLocale';

/** Choosing a language applies it at once and keeps it in user.db. */
export function LanguageSelect() {
  const api = useApi();
  const locale = useLocale();
  const [error, setError] = useState<string | null>(null);
  const choose = (next: Locale) => {
    const before = locale;
    setLocale(next);
    api.savePreferences({ locale: next }).then(
      () => setError(null),
      (err: unknown) => {
        setLocale(before);
        setError(err instanceof Error ? err.message : String(err));
      },
    );
  };
  return (
    <label className="form-row">
      <span>{t('settings.language')}</span>
      <select data-testid="language-select" value={locale} onChange={(e) => choose(e.target.value as Locale)}>
        {LOCALE_TAGS.map((tag) => (
          <option key={tag} value={tag}>
            {t(`settings.locale.${tag}`)}
          </option>
        ))}
      </select>
      {error && <span className="error-text">{error}</span>}
    </label>
  );
}
