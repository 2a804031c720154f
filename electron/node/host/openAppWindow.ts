import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const CANDIDATES: Record<string, string[]> = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/usr/bin/microsoft-edge', '/snap/bin/chromium'],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  ],
  win32: [
    path.join(process.env['PROGRAMFILES'] ?? 'C:\\Program Files', 'Google\\Chrome\\Application\\chrome.exe'),
    path.join(process.env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)', 'Microsoft\\Edge\\Application\\msedge.exe'),
    path.join(process.env['LOCALAPPDATA'] ?? '', 'Google\\Chrome\\Application\\chrome.exe'),
  ],
};

/** The first installed Chromium-family browser, or null. QIANWAN_BROWSER overrides the search. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.QIANWAN_BROWSER) return fs.existsSync(env.QIANWAN_BROWSER) ? env.QIANWAN_BROWSER : null;
  return (CANDIDATES[process.platform] ?? []).find((p) => p && fs.existsSync(p)) ?? null;
}

/**
 * Opens the URL as an app window (no tabs or address bar) with a profile of our own, so the user's
 * browser session and extensions stay out of it. Returns false when no such browser is installed.
 */
export function openAppWindow(url: string, dataDir: string): boolean {
  const browser = findChromium();
  if (!browser) return false;
  const profile = path.join(dataDir, 'browser-profile');
  fs.mkdirSync(profile, { recursive: true });
  const args = [`--app=${url}`, `--user-data-dir=${profile}`, '--no-first-run', '--no-default-browser-check', '--disable-background-networking', '--window-size=1400,900'];
  if (process.platform === 'linux' && typeof process.getuid === 'function' && process.getuid() === 0) args.push('--no-sandbox');
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY && process.platform === 'linux' && os.platform() === 'linux') return false;
  const child = spawn(browser, args, { detached: true, stdio: 'ignore' });
  child.on('error', () => undefined);
  child.unref();
  return true;
}
