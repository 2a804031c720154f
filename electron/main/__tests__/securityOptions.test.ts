import { describe, expect, it } from 'vitest';
import { APP_PAGE_URL } from '../appProtocol';
import { isTrustedSender } from '../isTrustedSender';
import { isExternalLinkAllowed, sessionPolicy } from '../sessionPolicy';
import { windowOptions } from '../windowOptions';

// These run without Electron: a regression in the window's security options fails the suite here.
describe('Electron window security', () => {
  it('isolates the page: context isolation, sandbox, no Node integration', () => {
    const prefs = windowOptions('/app/preload.cjs').webPreferences!;
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.preload).toBe('/app/preload.cjs');
  });

  it('grants no permission at all', () => {
    expect(sessionPolicy.grantedPermissions).toEqual([]);
  });

  it('opens only http(s) links externally', () => {
    expect(isExternalLinkAllowed('https://www.desk33.com/p-452121.html')).toBe(true);
    expect(isExternalLinkAllowed('file:///etc/passwd')).toBe(false);
    expect(isExternalLinkAllowed('javascript:alert(1)')).toBe(false);
    expect(isExternalLinkAllowed('smb://host/share')).toBe(false);
  });

  it('accepts IPC only from the app page itself', () => {
    const app = APP_PAGE_URL;
    expect(isTrustedSender(`${APP_PAGE_URL}#doc=1`, app)).toBe(true);
    expect(isTrustedSender('app://qianwan/other.html', app)).toBe(false);
    expect(isTrustedSender('app://elsewhere/index.html', app)).toBe(false);
    expect(isTrustedSender('file:///opt/app/dist/renderer/index.html', app)).toBe(false);
    expect(isTrustedSender('https://evil.example/', app)).toBe(false);
    expect(isTrustedSender(undefined, app)).toBe(false);
  });
});
