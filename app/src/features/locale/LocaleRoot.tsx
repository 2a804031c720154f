import { useEffect, type ReactNode } from 'react';
import { t } from '../../../../electron/shared/i18n/translate';
import { useLocale } from './useLocale';

/**
 * Re-renders the whole tree when the interface language changes: `render` builds new elements on
 * every call, so no component keeps a string of the old language (no restart needed).
 */
export function LocaleRoot({ render }: { render: () => ReactNode }) {
  const locale = useLocale();
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('appName');
  }, [locale]);
  return <>{render()}</>;
}
