import path from 'node:path';
import { BrowserWindow, Menu, app, dialog, ipcMain, protocol, session, shell } from 'electron';
import { openAppApi } from '../node/api/openAppApi';
import { resourcesDir } from '../node/paths/resourcesDir';
import { userDataDir } from '../node/paths/userDataDir';
import { bindIpc } from './bindIpc';
import { startMain } from './startMain';

/** The real window behind one startMain holds (startMain sees only the part of it it uses). */
const windowOf = (win: { webContents: unknown } | null) => (win ? BrowserWindow.getAllWindows().find((w) => w.webContents === win.webContents) : undefined);

// Electron's objects handed to the lifecycle in startMain.ts, which the tests drive with fakes.
// Same data folder as the browser host and the CLI (QIANWAN_DATA_DIR / --data-dir respected).
const dataArg = process.argv.find((a) => a.startsWith('--data-dir='))?.slice('--data-dir='.length);

void startMain(
  {
    app,
    protocol,
    session: session.defaultSession,
    showErrorBox: (title, content) => dialog.showErrorBox(title, content),
    showMessageBox: async (win, options) => {
      const parent = windowOf(win);
      return (await (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options))).response;
    },
    askNow: (win, options) => {
      const parent = windowOf(win);
      return parent ? dialog.showMessageBoxSync(parent, options) : dialog.showMessageBoxSync(options);
    },
    showSaveDialog: (win, options) => {
      const parent = windowOf(win);
      return parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options);
    },
    showOpenDialog: (win, options) => {
      const parent = windowOf(win);
      return parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options);
    },
    handleIpc: (channel, handler) =>
      ipcMain.handle(channel, (event, input: unknown) => handler({ url: event.senderFrame?.url, isMainFrame: event.senderFrame?.parent === null }, input)),
    createWindow: (options) => new BrowserWindow(options),
    setApplicationMenu: (template) => Menu.setApplicationMenu(Menu.buildFromTemplate(template)),
    openExternal: (url) => void shell.openExternal(url),
    openFolder: (folder) => void shell.openPath(folder),
  },
  {
    dataDir: userDataDir({ override: dataArg }),
    openApi: (dataDir) => {
      // library.db and the corpus: the checkout's resources/ in development, process.resourcesPath when packaged.
      const resources = resourcesDir({ packaged: app.isPackaged, resourcesPath: process.resourcesPath, start: __dirname });
      return openAppApi({ dataDir, libraryFile: path.join(resources, 'library.db'), host: 'electron' });
    },
    bindApi: bindIpc,
    rendererDir: path.join(__dirname, '..', 'renderer'),
    preloadFile: path.join(__dirname, 'preload.cjs'),
    platform: process.platform,
    versions: process.versions,
    log: (message) => console.error(message),
    now: () => Date.now(),
    schedule: (fn, ms) => void setTimeout(fn, ms),
  },
);
