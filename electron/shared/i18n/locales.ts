const TAGS = ['zh-CN', 'en-US'] as const;

/** The interface languages, by BCP 47 tag; zh-CN is the default and the fallback for any lookup. */
export type Locale = (typeof TAGS)[number];

export const DEFAULT_LOCALE: Locale = 'zh-CN';

export const LOCALE_TAGS: Locale[] = [...TAGS];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (TAGS as readonly string[]).includes(value);
}
