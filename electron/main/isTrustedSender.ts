/**
 * Only our own page, loaded from the app's file URL, in the window's top frame, may call the API:
 * a frame inside it (were one ever to load) or any other page is refused.
 */
export function isTrustedSender(frameUrl: string | undefined, appUrl: string, isMainFrame = true): boolean {
  if (!frameUrl || !isMainFrame) return false;
  try {
    const frame = new URL(frameUrl);
    const app = new URL(appUrl);
    return frame.protocol === app.protocol && frame.host === app.host && frame.pathname === app.pathname;
  } catch {
    return false;
  }
}
