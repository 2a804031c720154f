import { zhCN, type MessageKey, type Messages } from './zhCN';

let active: Messages = zhCN;

export function setMessages(messages: Messages): void {
  active = messages;
}

/** Looks a key up in the active table and fills `{name}` placeholders. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  const template = active[key] ?? zhCN[key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}
