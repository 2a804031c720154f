import { DEFAULT_LOCALE, type Locale } from './locales';
import { loadMessages } from './loadMessages';
import { zhCN, type MessageKey, type Messages } from './zhCN';

let active: Messages = zhCN;
let activeLocale: Locale = DEFAULT_LOCALE;
const tables = new Map<Locale, Messages>([[DEFAULT_LOCALE, zhCN]]);
// The switch whose table is still loading, if any; a later setLocale replaces it.
let switching: Promise<void> | null = null;
const listeners = new Set<() => void>();

export function setMessages(messages: Messages): void {
  active = messages;
}

function show(locale: Locale, messages: Messages): void {
  if (locale === activeLocale) return;
  activeLocale = locale;
  active = messages;
  listeners.forEach((l) => l());
}

/**
 * Switches the interface language; subscribers (the React root) re-render so no restart is needed.
 * A table not loaded yet is fetched first (loadMessages): the old language stays until it is in, and
 * stays for good if it cannot be loaded (the promise rejects then).
 */
export function setLocale(locale: Locale): Promise<void> {
  const table = tables.get(locale);
  if (table) {
    switching = null;
    show(locale, table);
    return Promise.resolve();
  }
  const switched: Promise<void> = loadMessages(locale)
    .then((messages) => {
      tables.set(locale, messages);
      // A language chosen meanwhile wins over a table that arrived late.
      if (switching === switched) show(locale, messages);
    })
    .finally(() => {
      if (switching === switched) switching = null;
    });
  switching = switched;
  // Callers that do not wait (the start-up code) must not leave an unhandled rejection behind.
  switched.catch(() => undefined);
  return switched;
}

/** The language switch still loading its table, or null: the start-up waits for it before drawing. */
export function pendingLocale(): Promise<void> | null {
  return switching;
}

export function getLocale(): Locale {
  return activeLocale;
}

export function subscribeLocale(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Looks a key up in the active table and fills `{name}` placeholders. A filled-in message that ends
 * its own sentence (…请确认程序仍在运行。) does not get a second full stop from the template (。。).
 */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  const template = active[key] ?? zhCN[key];
  if (!params) return template;
  return template
    .replace(/\{(\w+)\}/g, (whole, name: string) => (Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole))
    .replace(/([。！？])[。；]/g, '$1')
    .replace(/([.!?])\.(?=\s|$)/g, '$1');
}
