import { useEffect, useRef } from 'react';
import { APP_COMMAND_EVENT, isAppCommand, type AppCommand } from '../../../../electron/shared/commands/appCommands';

/**
 * Runs `run` when the desktop menu asks for `command` (a window event the main process dispatches, see
 * electron/main/sendAppCommand.ts). The handler is the one the button or shortcut already uses, so the
 * menu never does anything the page itself would not; in the browser host the event never comes.
 */
export function useAppCommand(command: AppCommand, run: () => void): void {
  const latest = useRef(run);
  latest.current = run;
  useEffect(() => {
    const onCommand = (event: Event) => {
      if (event instanceof CustomEvent && isAppCommand(event.detail) && event.detail === command) latest.current();
    };
    window.addEventListener(APP_COMMAND_EVENT, onCommand);
    return () => window.removeEventListener(APP_COMMAND_EVENT, onCommand);
  }, [command]);
}
