import { denyNavigation, denyWebview, handleWindowOpen, type Preventable } from './sessionPolicy';

type DeniedEvent = 'will-navigate' | 'will-frame-navigate' | 'will-redirect' | 'will-attach-webview';

/** The part of Electron's WebContents this needs (a fake in the tests, the real one in main). */
export interface GuardedContents {
  on(event: DeniedEvent, listener: (event: Preventable) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string; disposition: string }) => { action: 'deny' }): void;
}

/**
 * Installed on every webContents as it is created (the main window, the hidden print
 * window): no navigation of the top frame or of any subframe (will-frame-navigate covers frames that
 * will-navigate does not see), no redirect, no webview, no new window; a clicked http(s) link goes to
 * the user's browser.
 */
export function guardWebContents(contents: GuardedContents, openExternal: (url: string) => void): void {
  contents.on('will-navigate', denyNavigation);
  contents.on('will-frame-navigate', denyNavigation);
  contents.on('will-redirect', denyNavigation);
  contents.on('will-attach-webview', denyWebview);
  contents.setWindowOpenHandler((details) => handleWindowOpen(details, openExternal));
}
