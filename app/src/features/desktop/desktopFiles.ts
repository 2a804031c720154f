import type { DesktopFiles } from '../../../../electron/shared/desktop/desktopFiles';

declare global {
  interface Window {
    /** The desktop app's native file dialogs (electron/preload); absent in the browser host. */
    qianwanDesktop?: DesktopFiles;
  }
}

/** The native dialogs when the page runs in the desktop app, null in the browser host. */
export function desktopFiles(win: Window = window): DesktopFiles | null {
  return win.qianwanDesktop ?? null;
}
