import type { Locale } from './locales';
import { zhCN, type Messages } from './zhCN';

// zh-CN is in every bundle (the default and the fallback); every other table is a chunk of its
// own that the renderer fetches when that language is chosen, not at every start-up.
const LOADERS: Record<Locale, () => Promise<Messages>> = {
  'zh-CN': () => Promise.resolve(zhCN),
  'en-US': () => import('./enUS').then((m) => m.enUS),
};

/** The message table of a language. */
export function loadMessages(locale: Locale): Promise<Messages> {
  return LOADERS[locale]();
}
