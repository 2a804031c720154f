import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The window's security-relevant options as plain data, so tests can assert them even on machines
 * where Electron itself cannot start.
 */
export function windowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1400,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    title: '千万工程写作助手',
    backgroundColor: '#f7f5f0',
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  };
}

