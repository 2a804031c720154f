import { useState } from 'react';
import { LOCALE_TAGS, type Locale } from '../../../../electron/shared/i18n/locales';
import { setLocale, t } from '../../../../electron/shared/i18n/translate';
import { useApi } from '../../api/apiContext';
import { useLocale } from './useLocale';

/** Choosing a language applies it at once (once its table is loaded) and keeps it in user.db. */
export function LanguageSelect() {
  const api = useApi();
  const locale = useLocale();
  // The language being loaded, shown in the select meanwhile so it does not jump back.
  const [choice, setChoice] = useState<Locale | null>(null);
  const [error, setError] = useState<string | null>(null);
  const choose = (next: Locale) => {
    const before = locale;
    setChoice(next);
    setLocale(next)
      .then(() =>
        api.savePreferences({ locale: next }).catch((err: unknown) => {
          void setLocale(before);
          throw err;
        }),
      )
      .then(
        () => setError(null),
        (err: unknown) => setError(err instanceof Error ? err.message : String(err)),
      )
      .finally(() => setChoice((c) => (c === next ? null : c)));
  };
  return (
    <label className="form-row">
      <span>{t('settings.language')}</span>
      <select data-testid="language-select" value={choice ?? locale} onChange={(e) => choose(e.target.value as Locale)}>
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
