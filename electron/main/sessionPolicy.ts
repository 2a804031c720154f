/**
 * Navigation and permission policy as data: the page may not navigate, open windows or get any
 * permission (camera, notifications …); only http(s) links the user clicks open in their browser.
 */
export const sessionPolicy = {
  allowNavigation: false,
  allowNewWindows: false,
  grantedPermissions: [] as string[],
  externalLinkProtocols: ['http:', 'https:'],
} as const;

export function isExternalLinkAllowed(url: string): boolean {
  try {
    return (sessionPolicy.externalLinkProtocols as readonly string[]).includes(new URL(url).protocol);
  } catch {
    return false;
  }
}
