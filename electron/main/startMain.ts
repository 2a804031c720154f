import type { BrowserWindowConstructorOptions, CustomScheme, MenuItemConstructorOptions, MessageBoxOptions } from 'electron';
import { DESKTOP_OPEN_CHANNEL, DESKTOP_SAVE_CHANNEL } from '../shared/desktop/desktopFiles';
import type { ApiDispatch } from '../node/api/bindApi';
import { aboutMessage } from './aboutMessage';
import { appMenuTemplate } from './appMenuTemplate';
import { APP_PAGE_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES, serveRendererFiles } from './appProtocol';
import { openFilesWithDialog, saveFileWithDialog, type FileDialogs } from './desktopFileDialogs';
import { failStartup } from './failStartup';
import { guardUnsavedClose, type ClosableWindow } from './guardUnsavedClose';
import { guardWebContents, type GuardedContents } from './guardWebContents';
import { isTrustedSender } from './isTrustedSender';
import { secureSession, type SecuredSession } from './secureSession';
import { sendAppCommand, type CommandTarget } from './sendAppCommand';
import { windowOptions } from './windowOptions';

const APP_NAME = '千万工程写作助手';

/** A window as this file uses it: the real BrowserWindow in main.ts, a fake in the tests. */
export interface AppWindow extends ClosableWindow {
  webContents: CommandTarget & ClosableWindow['webContents'];
  once(event: 'ready-to-show', listener: () => void): unknown;
  show(): void;
  focus(): void;
  isMinimized(): boolean;
  restore(): void;
  loadURL(url: string): Promise<void>;
}

/** The parts of Electron the main process uses, passed in so the lifecycle runs on plain Node in tests. */
export interface MainElectron {
  app: {
    readonly isPackaged: boolean;
    setPath(name: 'userData', path: string): void;
    getPath(name: 'userData' | 'documents'): string;
    getVersion(): string;
    requestSingleInstanceLock(): boolean;
    releaseSingleInstanceLock(): void;
    quit(): void;
    exit(exitCode?: number): void;
    whenReady(): Promise<unknown>;
    on(event: 'web-contents-created', listener: (event: unknown, contents: GuardedContents) => void): unknown;
    on(event: 'second-instance', listener: () => void): unknown;
    on(event: 'window-all-closed', listener: () => void): unknown;
  };
  protocol: {
    registerSchemesAsPrivileged(schemes: CustomScheme[]): void;
    handle(scheme: string, handler: (request: Request) => Promise<Response>): void;
  };
  session: SecuredSession;
  showErrorBox(title: string, content: string): void;
  /** A message the user reads while the app goes on (the main process is not blocked). */
  showMessageBox(window: AppWindow | null, options: MessageBoxOptions): Promise<number>;
  /** A question that must be answered before the caller returns (will-prevent-unload decides at once). */
  askNow(window: AppWindow, options: MessageBoxOptions): number;
  createWindow(options: BrowserWindowConstructorOptions): AppWindow;
  /** dialog.showSaveDialog / showOpenDialog, parented to the window when there is one. */
  showSaveDialog(window: AppWindow | null, options: Parameters<FileDialogs['showSaveDialog']>[0]): ReturnType<FileDialogs['showSaveDialog']>;
  showOpenDialog(window: AppWindow | null, options: Parameters<FileDialogs['showOpenDialog']>[0]): ReturnType<FileDialogs['showOpenDialog']>;
  /** ipcMain.handle, with the sending frame's URL and whether it is the top frame (for isTrustedSender). */
  handleIpc(channel: string, handler: (sender: { url: string | undefined; isMainFrame: boolean }, input: unknown) => Promise<unknown>): void;
  setApplicationMenu(template: MenuItemConstructorOptions[]): void;
  openExternal(url: string): void;
  /** Shows a folder in the system's file manager (shell.openPath). */
  openFolder(path: string): void;
}

export interface MainServices {
  /** The folder holding user.db (--data-dir, QIANWAN_DATA_DIR or the platform's default). */
  dataDir: string;
  /** Opens the services (user.db, library.db); may throw, and the start-up failure says so. */
  openApi(dataDir: string): { dispatch: ApiDispatch; close(): void };
  /** Binds the contract to IPC for the page at this URL only. */
  bindApi(dispatch: ApiDispatch, pageUrl: string): void;
  rendererDir: string;
  preloadFile: string;
  platform: NodeJS.Platform;
  versions: { electron?: string; chrome?: string; node?: string };
  log(message: string): void;
  now(): number;
  schedule(fn: () => void, ms: number): void;
}

/**
 * The main process's whole lifecycle: one instance per user, the app:// scheme, every webContents
 * guarded, then (once Electron is ready) the services, the IPC binding, the session's policy, the menu
 * and the window. Any error on the way is said in a native dialog and the app leaves, lock released.
 */
export function startMain(electron: MainElectron, services: MainServices): Promise<void> {
  const { app } = electron;
  app.setPath('userData', services.dataDir);
  // One app instance per user: a second start only brings the first window forward.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return Promise.resolve();
  }
  electron.protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
  // Every webContents, not only the main window's, gets the same refusals.
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, electron.openExternal));

  let main: AppWindow | null = null;
  let opened: { close(): void } | null = null;

  const tell = (win: AppWindow | null, options: MessageBoxOptions) =>
    void electron.showMessageBox(win, options).catch((err: unknown) => services.log(`qianwan: message box: ${String(err)}`));

  const ready = async () => {
    electron.protocol.handle(APP_SCHEME, serveRendererFiles(services.rendererDir));
    // A newer or damaged user.db is no start-up failure: the window opens, says why and offers the
    // backups (openApi answers every other call with the reason).
    const appApi = services.openApi(app.getPath('userData'));
    opened = appApi;
    app.on('window-all-closed', () => {
      appApi.close();
      app.quit();
    });
    services.bindApi(appApi.dispatch, APP_PAGE_URL);
    // 导出, 打开 and 导入 through the native dialogs: two calls of the page's own bridge entry, from our page only.
    const dialogs: FileDialogs = {
      showSaveDialog: (options) => electron.showSaveDialog(main, options),
      showOpenDialog: (options) => electron.showOpenDialog(main, options),
      documentsDir: () => app.getPath('documents'),
    };
    for (const [channel, run] of [
      [DESKTOP_SAVE_CHANNEL, saveFileWithDialog],
      [DESKTOP_OPEN_CHANNEL, openFilesWithDialog],
    ] as const) {
      electron.handleIpc(channel, (sender, input) =>
        isTrustedSender(sender.url, APP_PAGE_URL, sender.isMainFrame) ? run(input, dialogs) : Promise.resolve({ status: 'failed', code: 'forbidden' }),
      );
    }
    secureSession(electron.session, {
      documentsDir: () => app.getPath('documents'),
      saveFailed: (fileName) =>
        tell(main, { type: 'error', title: '导出未完成', message: `“${fileName}”没有保存成功。`, detail: '可能是磁盘已满，或没有写入那个文件夹的权限。请换一个位置再导出一次。', buttons: ['确定'] }),
    });
    electron.setApplicationMenu(
      appMenuTemplate({
        packaged: app.isPackaged,
        platform: services.platform,
        appName: APP_NAME,
        actions: {
          command: (command) => void sendAppCommand(main?.webContents, command).catch((err: unknown) => services.log(`qianwan: menu command ${command}: ${String(err)}`)),
          openDataFolder: () => electron.openFolder(app.getPath('userData')),
          showAbout: () => tell(main, aboutMessage({ appName: APP_NAME, version: app.getVersion(), versions: services.versions, dataDir: app.getPath('userData') })),
        },
      }),
    );

    const win = electron.createWindow(windowOptions(services.preloadFile));
    main = win;
    guardUnsavedClose(win, {
      now: services.now,
      schedule: services.schedule,
      confirmClose: () =>
        electron.askNow(win, {
          type: 'warning',
          title: APP_NAME,
          message: '文稿还有修改没有保存到数据文件夹。',
          detail: '可能是磁盘已满，或数据文件夹只读。仍然关闭的话，这些修改留在本机的草稿暂存里，下次打开这篇文稿时会提示恢复。',
          buttons: ['仍然关闭', '取消'],
          defaultId: 1,
          cancelId: 1,
          noLink: true,
        }) === 0,
    });
    win.once('ready-to-show', () => win.show());
    app.on('second-instance', () => {
      if (win.isDestroyed()) return;
      if (win.isMinimized()) win.restore();
      win.focus();
    });
    await win.loadURL(APP_PAGE_URL);
  };

  return app
    .whenReady()
    .then(ready)
    .catch((err: unknown) => {
      // user.db closed (its last writes checkpointed) before the process leaves.
      opened?.close();
      failStartup(err, { app, showErrorBox: electron.showErrorBox, log: services.log, dataDir: services.dataDir });
    });
}
