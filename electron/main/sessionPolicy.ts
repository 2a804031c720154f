/**
 * Navigation and permission policy as data and plain functions: the page may not navigate, open
 * windows, attach webviews or get any permission (camera, notifications …); only http(s) links the
 * user clicks open in their browser. guardWebContents and secureSession install these handlers on every
 * webContents and on the session; the tests drive them through fakes, so a regression fails the suite
 * even where Electron cannot start.
 */
export const sessionPolicy = {
  grantedPermissions: [] as string[],
  externalLinkProtocols: ['http:', 'https:'],
  /**
   * Dispositions Chromium gives a link the user clicked (target=_blank, middle or ctrl click); a
   * script's window.open with features comes as 'new-window' and is never forwarded.
   */
  userLinkDispositions: ['foreground-tab', 'background-tab'],
} as const;

export function isExternalLinkAllowed(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (sessionPolicy.externalLinkProtocols as readonly string[]).includes(parsed.protocol) && !parsed.username && !parsed.password;
  } catch {
    return false;
  }
}

export interface Preventable {
  preventDefault(): void;
}

/** will-navigate, will-redirect, will-frame-navigate: the page stays what it is. */
export function denyNavigation(event: Preventable): void {
  event.preventDefault();
}

/** will-attach-webview: no embedded guest pages. */
export function denyWebview(event: Preventable): void {
  event.preventDefault();
}

/** setPermissionRequestHandler. */
export function decidePermission(permission: string, callback: (granted: boolean) => void): void {
  callback((sessionPolicy.grantedPermissions as readonly string[]).includes(permission));
}

/** setPermissionCheckHandler: the page asking whether it has a permission hears no. */
export function checkPermission(permission: string): boolean {
  return (sessionPolicy.grantedPermissions as readonly string[]).includes(permission);
}

/**
 * setWindowOpenHandler: never a new Electron window. A clicked http(s) link is handed to the user's
 * browser; anything else (file:, javascript:, a script's window.open) is dropped.
 */
export function handleWindowOpen(details: { url: string; disposition: string }, openExternal: (url: string) => void): { action: 'deny' } {
  if (isExternalLinkAllowed(details.url) && (sessionPolicy.userLinkDispositions as readonly string[]).includes(details.disposition)) {
    openExternal(details.url);
  }
  return { action: 'deny' };
}
