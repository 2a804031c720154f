import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, app, dialog, session, shell, type WebContents } from 'electron';
import { openAppApi } from '../node/api/openAppApi';
import { resourcesDir } from '../node/paths/resourcesDir';
import { userDataDir } from '../node/paths/userDataDir';
import { bindIpc } from './bindIpc';
import { printHtmlToPdf } from './printHtmlToPdf';
import { checkPermission, decidePermission, denyNavigation, denyWebview, handleWindowOpen } from './sessionPolicy';
import { windowOptions } from './windowOptions';

// Same folder as the browser host and the CLI (QIANWAN_DATA_DIR / --data-dir respected).
const dataArg = process.argv.find((a) => a.startsWith('--data-dir='))?.slice('--data-dir='.length);
app.setPath('userData', userDataDir({ override: dataArg }));

// One app instance per user: a second start only brings the first window forward.
const firstInstance = app.requestSingleInstanceLock();
if (!firstInstance) app.quit();

// Every webContents, not only the main window's, gets the same refusals.
app.on('web-contents-created', (_event, contents: WebContents) => {
  contents.on('will-navigate', denyNavigation);
  contents.on('will-redirect', denyNavigation);
  contents.on('will-attach-webview', denyWebview);
  contents.setWindowOpenHandler((details) => handleWindowOpen(details, (url) => void shell.openExternal(url)));
});

if (firstInstance) {
  app.whenReady().then(() => {
    // library.db and the corpus: the checkout's resources/ in development, process.resourcesPath when packaged.
    const resources = resourcesDir({ packaged: app.isPackaged, resourcesPath: process.resourcesPath, start: __dirname });
    // A newer or damaged user.db is left exactly as it is: the window opens, says why and offers the
    // backups to restore (openAppApi answers every other call with the reason).
    const appApi = openAppApi({ dataDir: app.getPath('userData'), libraryFile: path.join(resources, 'library.db'), host: 'electron', printToPdf: printHtmlToPdf });
    const indexHtml = path.join(__dirname, '..', 'renderer', 'index.html');
    const appUrl = pathToFileURL(indexHtml).toString();
    bindIpc(appApi.dispatch, appUrl);

    session.defaultSession.setPermissionRequestHandler((_wc, permission, callback) => decidePermission(permission, callback));
    session.defaultSession.setPermissionCheckHandler((_wc, permission) => checkPermission(permission));
    // USB, serial and HID devices: never.
    session.defaultSession.setDevicePermissionHandler(() => checkPermission('device'));

    const win = new BrowserWindow(windowOptions(path.join(__dirname, 'preload.cjs')));
    win.once('ready-to-show', () => win.show());
    void win.loadURL(appUrl);

    app.on('second-instance', () => {
      if (win.isMinimized()) win.restore();
      win.focus();
    });
    app.on('window-all-closed', () => {
      appApi.close();
      app.quit();
    });
  }).catch((err: unknown) => {
    // A start-up error must not leave a windowless process holding the single-instance lock (every
    // later launch would quit at once): say so and end.
    dialog.showErrorBox('千万工程写作助手无法启动', err instanceof Error ? err.message : String(err));
    app.exit(1);
  });
}
