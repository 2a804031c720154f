/** Only our own page, loaded from the app's file URL, may call the API. */
export function isTrustedSender(frameUrl: string | undefined, appUrl: string): boolean {
  if (!frameUrl) return false;
  try {
    const frame = new URL(frameUrl);
    const app = new URL(appUrl);
    return frame.protocol === app.protocol && frame.host === app.host && frame.pathname === app.pathname;
  } catch {
    return false;
  }
}
