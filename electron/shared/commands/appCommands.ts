/**
 * The page's own commands that the desktop application menu can ask for. The page runs each exactly
 * as its buttons and shortcuts do, so the menu adds no feature of its own: in the browser host the
 * same commands are reached through the buttons and shortcuts alone.
 */
export const APP_COMMANDS = ['newDocument', 'openDraft', 'importSources', 'export', 'settings', 'find', 'replace', 'searchLibrary'] as const;

export type AppCommand = (typeof APP_COMMANDS)[number];

/** The DOM event (on window) that carries a command into the page; its detail is the command's name. */
export const APP_COMMAND_EVENT = 'qianwan-command';

export function isAppCommand(value: unknown): value is AppCommand {
  return typeof value === 'string' && (APP_COMMANDS as readonly string[]).includes(value);
}
