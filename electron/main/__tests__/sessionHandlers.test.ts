import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../node/host/contentSecurityPolicy';
import { APP_PAGE_URL } from '../appProtocol';
import { isTrustedSender } from '../isTrustedSender';
import { checkPermission, decidePermission, denyNavigation, denyWebview, handleWindowOpen } from '../sessionPolicy';

// The handlers guardWebContents and secureSession install, called as Electron would call them; no Electron needed.
class RecordedEvent {
  prevented = false;
  preventDefault() {
    this.prevented = true;
  }
}

describe('Electron session handlers', () => {
  it('prevents every navigation and every webview', () => {
    for (const handler of [denyNavigation, denyWebview]) {
      const event = new RecordedEvent();
      handler(event);
      expect(event.prevented).toBe(true);
    }
  });

  it('denies every permission request and check', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'hid', 'serial', 'usb']) {
      let granted: boolean | null = null;
      decidePermission(permission, (g) => (granted = g));
      expect(granted).toBe(false);
      expect(checkPermission(permission)).toBe(false);
    }
  });

  it('never opens a window; hands only clicked http(s) links to the browser', () => {
    const opened: string[] = [];
    const open = (url: string) => opened.push(url);
    expect(handleWindowOpen({ url: 'https://www.desk33.com/p-1.html', disposition: 'foreground-tab' }, open)).toEqual({ action: 'deny' });
    expect(handleWindowOpen({ url: 'http://example.org/', disposition: 'background-tab' }, open)).toEqual({ action: 'deny' });
    // A script's window.open with features, other schemes, credentials in the URL: dropped.
    handleWindowOpen({ url: 'https://example.org/popup', disposition: 'new-window' }, open);
    handleWindowOpen({ url: 'file:///etc/passwd', disposition: 'foreground-tab' }, open);
    handleWindowOpen({ url: 'javascript:alert(1)', disposition: 'foreground-tab' }, open);
    handleWindowOpen({ url: 'smb://host/share', disposition: 'foreground-tab' }, open);
    handleWindowOpen({ url: 'https://user:pw@example.org/', disposition: 'foreground-tab' }, open);
    handleWindowOpen({ url: 'not a url', disposition: 'foreground-tab' }, open);
    expect(opened).toEqual(['https://www.desk33.com/p-1.html', 'http://example.org/']);
  });

  it('accepts IPC only from the top frame of the app page', () => {
    const app = APP_PAGE_URL;
    expect(isTrustedSender(app, app, true)).toBe(true);
    expect(isTrustedSender(app, app, false)).toBe(false);
    expect(isTrustedSender('app://qianwan/other.html', app, true)).toBe(false);
    expect(isTrustedSender('http://127.0.0.1:5173/index.html', app, true)).toBe(false);
  });

  it('the page carries the CSP: scripts only from the app itself, no eval, no plugins', () => {
    const html = fs.readFileSync(path.resolve(__dirname, '../../../app/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    for (const csp of [meta, CONTENT_SECURITY_POLICY]) {
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("default-src 'self'");
      expect(csp).not.toContain('unsafe-eval');
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(csp).not.toMatch(/https?:/);
    }
  });
});
