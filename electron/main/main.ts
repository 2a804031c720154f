import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, app, dialog, session, shell } from 'electron';
import { toErrorPayload } from '../shared/api/ApiError';
import { describeError } from '../shared/api/describeError';
import { t } from '../shared/i18n/translate';
import { createApi } from '../node/api/createApi';
import { createServices } from '../node/api/createServices';
import { resourcesDir } from '../node/paths/resourcesDir';
import { userDataDir } from '../node/paths/userDataDir';
import { bindIpc } from './bindIpc';
import { isExternalLinkAllowed, sessionPolicy } from './sessionPolicy';
import { windowOptions } from './windowOptions';

// Same folder as the browser host and the CLI (QIANWAN_DATA_DIR / --data-dir respected).
const dataArg = process.argv.find((a) => a.startsWith('--data-dir='))?.slice('--data-dir='.length);
app.setPath('userData', userDataDir({ override: dataArg }));

if (!app.requestSingleInstanceLock()) app.quit();

app.whenReady().then(() => {
  let services: ReturnType<typeof createServices>;
  try {
    // library.db and the corpus: the checkout's resources/ in development, process.resourcesPath when packaged.
    const resources = resourcesDir({ packaged: app.isPackaged, resourcesPath: process.resourcesPath, start: __dirname });
    services = createServices({ dataDir: app.getPath('userData'), libraryFile: path.join(resources, 'library.db') });
  } catch (err) {
    // A newer or damaged user.db is left exactly as it is; the user is told why the app stops.
    dialog.showErrorBox(t('appName'), describeError(toErrorPayload(err)));
    app.quit();
    return;
  }
  const indexHtml = path.join(__dirname, '..', 'renderer', 'index.html');
  const appUrl = pathToFileURL(indexHtml).toString();
  bindIpc(createApi(services, 'electron'), appUrl);

  session.defaultSession.setPermissionRequestHandler((_wc, permission, callback) =>
    callback((sessionPolicy.grantedPermissions as string[]).includes(permission)),
  );

  const win = new BrowserWindow(windowOptions(path.join(__dirname, 'preload.cjs')));
  win.webContents.on('will-navigate', (event) => event.preventDefault());
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (isExternalLinkAllowed(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(appUrl);

  app.on('second-instance', () => {
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.on('window-all-closed', () => {
    services.close();
    app.quit();
  });
});
