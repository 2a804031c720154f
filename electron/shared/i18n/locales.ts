/** The interface languages, by BCP 47 tag; zh-CN is the default and the fallback for any lookup. */
export const LOCALE_TAGS = ['zh-CN', 'en-US'] as const;

export type Locale = (typeof LOCALE_TAGS)[number];

export const DEFAULT_LOCALE: Locale = 'zh-CN';

const TAGS: ReadonlySet<string> = new Set(LOCALE_TAGS);

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && TAGS.has(value);
}
