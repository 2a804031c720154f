import type { Preventable } from './sessionPolicy';

/** The part of a BrowserWindow this needs. */
export interface ClosableWindow {
  isDestroyed(): boolean;
  close(): void;
  webContents: { on(event: 'will-prevent-unload', listener: (event: Preventable) => void): unknown };
}

export interface CloseGuardOptions {
  /** Asks whether to close with the changes unsaved; true closes. */
  confirmClose(): boolean;
  schedule(fn: () => void, ms: number): void;
  now(): number;
  /** How often the window tries to close again while the page's last save is on its way. */
  retryMs?: number;
  /** After this long without the save acknowledged, the user is asked. */
  patienceMs?: number;
}

/**
 * The page refuses to unload (beforeunload) while its autosave has edits unacknowledged, and starts
 * saving them; Electron then silently cancels the close. Here the window tries again until the save is
 * in, so closing and 退出 just work; if the save does not come (a full disk, a read-only data folder)
 * the user decides, and what was not saved stays in the page's draft stash for the next opening.
 */
export function guardUnsavedClose(win: ClosableWindow, options: CloseGuardOptions): void {
  const retryMs = options.retryMs ?? 200;
  const patienceMs = options.patienceMs ?? 5000;
  let waitingSince: number | null = null;
  win.webContents.on('will-prevent-unload', (event) => {
    const now = options.now();
    waitingSince ??= now;
    if (now - waitingSince < patienceMs) {
      options.schedule(() => {
        if (!win.isDestroyed()) win.close();
      }, retryMs);
      return;
    }
    waitingSince = null;
    // preventDefault on will-prevent-unload overrides the page's refusal: the window closes.
    if (options.confirmClose()) event.preventDefault();
  });
}
