import { enUS } from './enUS';
import { zhCN, type Messages } from './zhCN';

/** The interface languages, by BCP 47 tag; zh-CN is the default and the fallback for any lookup. */
export const LOCALES = { 'zh-CN': zhCN, 'en-US': enUS } as const satisfies Record<string, Messages>;

export type Locale = keyof typeof LOCALES;

export const DEFAULT_LOCALE: Locale = 'zh-CN';

export const LOCALE_TAGS = Object.keys(LOCALES) as Locale[];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(LOCALES, value);
}
