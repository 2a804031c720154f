import { useSyncExternalStore } from 'react';
import { getLocale, subscribeLocale } from '../../../../electron/shared/i18n/translate';
import type { Locale } from '../../../../electron/shared/i18n/locales';

/** The active interface language; a component using it re-renders when the language changes. */
export function useLocale(): Locale {
  return useSyncExternalStore(subscribeLocale, getLocale, getLocale);
}
