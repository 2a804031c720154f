import { APP_COMMAND_EVENT, type AppCommand } from '../shared/commands/appCommands';

/** The part of WebContents this needs. */
export interface CommandTarget {
  isDestroyed(): boolean;
  executeJavaScript(code: string, userGesture?: boolean): Promise<unknown>;
}

/** The script that hands a command to the page: a DOM event, no bridge method and no channel of its own. */
export function appCommandScript(command: AppCommand): string {
  return `window.dispatchEvent(new CustomEvent(${JSON.stringify(APP_COMMAND_EVENT)}, { detail: ${JSON.stringify(command)} }))`;
}

/**
 * A menu click becomes the page's own command. userGesture: the click was the user's, so the page may
 * open the native file chooser for 打开 or 导入 as it does when its own button is clicked.
 */
export async function sendAppCommand(target: CommandTarget | null | undefined, command: AppCommand): Promise<void> {
  if (!target || target.isDestroyed()) return;
  await target.executeJavaScript(appCommandScript(command), true);
}
