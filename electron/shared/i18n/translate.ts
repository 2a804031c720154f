import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales';
import { zhCN, type MessageKey, type Messages } from './zhCN';

let active: Messages = zhCN;
let activeLocale: Locale = DEFAULT_LOCALE;
const listeners = new Set<() => void>();

export function setMessages(messages: Messages): void {
  active = messages;
}

/** Switches the interface language; subscribers (the React root) re-render so no restart is needed. */
export function setLocale(locale: Locale): void {
  if (locale === activeLocale) return;
  activeLocale = locale;
  active = LOCALES[locale];
  listeners.forEach((l) => l());
}

export function getLocale(): Locale {
  return activeLocale;
}

export function subscribeLocale(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Looks a key up in the active table and fills `{name}` placeholders. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  const template = active[key] ?? zhCN[key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}
