import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BrowserWindowConstructorOptions, CustomScheme, MenuItemConstructorOptions, MessageBoxOptions } from 'electron';
import { APP_COMMAND_EVENT } from '../../shared/commands/appCommands';
import { APP_PAGE_URL } from '../appProtocol';
import type { GuardedContents } from '../guardWebContents';
import type { ExportDownload, SecuredSession } from '../secureSession';
import type { Preventable } from '../sessionPolicy';
import { startMain, type MainElectron, type MainServices } from '../startMain';

// The whole lifecycle on plain Node: Electron's app, protocol, session and windows are fakes that
// record what the main process did with them (Electron's binary cannot run here).

type Listener = (...args: never[]) => unknown;

class Emitter {
  listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener) {
    return this.on(event, listener);
  }
  emit(event: string, ...args: unknown[]) {
    for (const l of this.listeners.get(event) ?? []) (l as (...a: unknown[]) => unknown)(...args);
  }
}

class FakeWindow extends Emitter {
  loaded: string[] = [];
  scripts: string[] = [];
  shown = false;
  destroyed = false;
  closed = 0;
  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
  }
  webContents = Object.assign(new Emitter(), {
    isDestroyed: () => this.destroyed,
    executeJavaScript: async (code: string) => {
      this.scripts.push(code);
      return undefined;
    },
  });
  isDestroyed = () => this.destroyed;
  close = () => {
    this.closed++;
  };
  show = () => {
    this.shown = true;
  };
  focus = () => undefined;
  isMinimized = () => false;
  restore = () => undefined;
  loadURL = async (url: string) => {
    this.loaded.push(url);
  };
}

class FakeSession extends Emitter implements SecuredSession {
  request?: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void;
  check?: (webContents: unknown, permission: string) => boolean;
  device?: () => boolean;
  setPermissionRequestHandler(h: NonNullable<FakeSession['request']>) {
    this.request = h;
  }
  setPermissionCheckHandler(h: NonNullable<FakeSession['check']>) {
    this.check = h;
  }
  setDevicePermissionHandler(h: () => boolean) {
    this.device = h;
  }
}

function fakeElectron(options: { lock?: boolean; packaged?: boolean } = {}) {
  const calls: string[] = [];
  const windows: FakeWindow[] = [];
  const errors: { title: string; content: string }[] = [];
  const messages: MessageBoxOptions[] = [];
  const schemes: CustomScheme[] = [];
  const handlers = new Map<string, (request: Request) => Promise<Response>>();
  const ipc = new Map<string, (sender: { url: string | undefined; isMainFrame: boolean }, input: unknown) => Promise<unknown>>();
  const dialogsAsked: string[] = [];
  const appEvents = new Emitter();
  let menu: MenuItemConstructorOptions[] = [];
  const session = new FakeSession();
  const electron: MainElectron = {
    app: {
      isPackaged: options.packaged ?? false,
      setPath: (name, p) => calls.push(`setPath ${name} ${p}`),
      getPath: (name) => (name === 'documents' ? '/home/u/文档' : '/data'),
      getVersion: () => '0.1.0',
      requestSingleInstanceLock: () => (calls.push('lock'), options.lock ?? true),
      releaseSingleInstanceLock: () => calls.push('release'),
      quit: () => calls.push('quit'),
      exit: (code) => calls.push(`exit ${code}`),
      whenReady: () => Promise.resolve(),
      on: (event: string, listener: Listener) => appEvents.on(event, listener),
    },
    protocol: {
      registerSchemesAsPrivileged: (s) => schemes.push(...s),
      handle: (scheme, handler) => handlers.set(scheme, handler),
    },
    session,
    showErrorBox: (title, content) => errors.push({ title, content }),
    showMessageBox: async (_win, o) => (messages.push(o), 0),
    askNow: (_win, o) => (messages.push(o), 0),
    createWindow: (o) => {
      const win = new FakeWindow(o);
      windows.push(win);
      return win;
    },
    setApplicationMenu: (template) => {
      menu = template;
    },
    openExternal: (url) => calls.push(`external ${url}`),
    openFolder: (p) => calls.push(`folder ${p}`),
    showSaveDialog: async (win, o) => (dialogsAsked.push(`save ${o.title} parent=${win ? 'main' : 'none'}`), { canceled: true }),
    showOpenDialog: async (win, o) => (dialogsAsked.push(`open ${o.title} parent=${win ? 'main' : 'none'}`), { canceled: true, filePaths: [] }),
    handleIpc: (channel, handler) => ipc.set(channel, handler),
  };
  return { electron, calls, windows, errors, messages, schemes, handlers, ipc, dialogsAsked, appEvents, session, menu: () => menu };
}

let rendererDir: string;
beforeEach(() => {
  rendererDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qianwan-renderer-'));
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>千万工程写作助手</title>');
});
afterEach(() => fs.rmSync(rendererDir, { recursive: true, force: true }));

function services(overrides: Partial<MainServices> = {}): MainServices & { bound: string[]; logs: string[]; closed: number } {
  const bound: string[] = [];
  const logs: string[] = [];
  const state = { closed: 0 };
  return {
    dataDir: '/data',
    openApi: () => ({ dispatch: () => Promise.resolve({ ok: false, error: { code: 'internal' } }), close: () => void state.closed++ }),
    bindApi: (_api, url) => bound.push(url),
    rendererDir,
    preloadFile: '/app/preload.cjs',
    platform: 'linux',
    versions: { electron: '41.7.1', chrome: '146', node: '22.20.0' },
    log: (m) => logs.push(m),
    now: () => 0,
    schedule: () => undefined,
    bound,
    logs,
    get closed() {
      return state.closed;
    },
    ...overrides,
  };
}

const labels = (items: MenuItemConstructorOptions[]) => items.map((i) => i.label);
const flat = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flat(i.submenu) : [])]);

describe('startMain', () => {
  it('a second launch only quits: no scheme, no window, no services', async () => {
    const f = fakeElectron({ lock: false });
    const s = services();
    await startMain(f.electron, s);
    expect(f.calls).toEqual(['setPath userData /data', 'lock', 'quit']);
    expect(f.windows).toHaveLength(0);
    expect(s.bound).toEqual([]);
  });

  it('opens the window on app://, with the bridge bound to that page only and the session locked down', async () => {
    const f = fakeElectron();
    const s = services();
    await startMain(f.electron, s);
    // The scheme is registered as privileged before ready (Electron refuses it later), then served.
    expect(f.schemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);
    expect([...f.handlers.keys()]).toEqual(['app']);
    expect(s.bound).toEqual([APP_PAGE_URL]);
    const [win] = f.windows;
    expect(win!.loaded).toEqual(['app://qianwan/index.html']);
    expect(win!.options.webPreferences).toMatchObject({ preload: '/app/preload.cjs', sandbox: true, contextIsolation: true, nodeIntegration: false });
    win!.emit('ready-to-show');
    expect(win!.shown).toBe(true);
    // The page the window loads is the renderer's own file.
    const page = await f.handlers.get('app')!(new Request(APP_PAGE_URL));
    expect(await page.text()).toContain('千万工程写作助手');
    // Permissions: none, whatever is asked.
    let granted: boolean | null = null;
    f.session.request!(null, 'media', (g) => (granted = g));
    expect(granted).toBe(false);
    expect(f.session.check!(null, 'notifications')).toBe(false);
    expect(f.session.device!()).toBe(false);
    // Closing the last window closes the services and quits.
    f.appEvents.emit('window-all-closed');
    expect(s.closed).toBe(1);
    expect(f.calls).toContain('quit');
  });

  it('guards every webContents created later: no navigation of any frame, no webview, links to the browser', async () => {
    const f = fakeElectron();
    await startMain(f.electron, services());
    const contents = new Emitter();
    let openHandler: ((d: { url: string; disposition: string }) => { action: 'deny' }) | null = null;
    const guarded = Object.assign(contents, { setWindowOpenHandler: (h: typeof openHandler) => void (openHandler = h) });
    f.appEvents.emit('web-contents-created', {}, guarded satisfies GuardedContents);
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview']) {
      let prevented = false;
      contents.emit(event, { preventDefault: () => void (prevented = true) } satisfies Preventable);
      expect(prevented, event).toBe(true);
    }
    expect(openHandler!({ url: 'https://www.zj.gov.cn/', disposition: 'foreground-tab' })).toEqual({ action: 'deny' });
    expect(openHandler!({ url: 'file:///etc/passwd', disposition: 'foreground-tab' })).toEqual({ action: 'deny' });
    expect(f.calls.filter((c) => c.startsWith('external'))).toEqual(['external https://www.zj.gov.cn/']);
  });

  it('a start-up error is said in Chinese, the lock is released and the app exits with no window', async () => {
    const f = fakeElectron();
    const s = services({
      openApi: () => {
        throw new Error('ENOENT: library.db');
      },
    });
    await startMain(f.electron, s);
    expect(f.errors).toHaveLength(1);
    expect(f.errors[0]!.title).toBe('千万工程写作助手无法启动');
    expect(f.errors[0]!.content).toContain('程序启动时出错，窗口没有打开。');
    expect(f.errors[0]!.content).toContain('你的文稿保存在 /data，没有被改动。');
    expect(f.errors[0]!.content).toContain('ENOENT: library.db');
    expect(f.windows).toHaveLength(0);
    // Released before leaving: the next launch is a first instance again.
    expect(f.calls.slice(-2)).toEqual(['release', 'exit 1']);
    expect(s.logs.join('\n')).toContain('start-up failed');
  });

  it('a window that fails to load is a start-up failure too', async () => {
    const f = fakeElectron();
    const electron: MainElectron = {
      ...f.electron,
      createWindow: (o) => {
        const win = new FakeWindow(o);
        win.loadURL = () => Promise.reject(new Error('ERR_FILE_NOT_FOUND'));
        return win;
      },
    };
    const s = services();
    await startMain(electron, s);
    expect(f.errors[0]!.content).toContain('ERR_FILE_NOT_FOUND');
    expect(f.calls.slice(-2)).toEqual(['release', 'exit 1']);
    // The services it had opened are closed first.
    expect(s.closed).toBe(1);
  });

  it('the menu is Chinese, asks the page for its commands, and has no reload or developer tools when packaged', async () => {
    for (const packaged of [false, true]) {
      const f = fakeElectron({ packaged });
      await startMain(f.electron, services());
      const menu = f.menu();
      expect(labels(menu)).toEqual(['文件(&F)', '编辑(&E)', '视图(&V)', '帮助(&H)']);
      const roles = flat(menu).map((i) => i.role);
      expect(roles.includes('reload') || roles.includes('toggleDevTools') || roles.includes('forceReload')).toBe(!packaged);
      const item = (label: string) => flat(menu).find((i) => i.label === label)!;
      const click = (label: string) => (item(label).click as () => void)();
      click('新建文稿');
      click('查找…');
      await Promise.resolve();
      const [win] = f.windows;
      expect(win!.scripts).toHaveLength(2);
      // The script dispatches the page's own command event: run it against a fake window to see which.
      const seen: unknown[] = [];
      for (const script of win!.scripts) {
        const target = { dispatchEvent: (e: CustomEvent) => seen.push([e.type, e.detail]) };
        new Function('window', 'CustomEvent', script)(target, CustomEvent);
      }
      expect(seen).toEqual([
        [APP_COMMAND_EVENT, 'newDocument'],
        [APP_COMMAND_EVENT, 'find'],
      ]);
      // A shortcut the page answers itself is shown but not registered: one press, one command.
      expect(item('新建文稿')).toMatchObject({ accelerator: 'CmdOrCtrl+N', registerAccelerator: false });
      click('打开数据文件夹');
      expect(f.calls).toContain('folder /data');
      click('关于千万工程写作助手');
      await Promise.resolve();
      expect(f.messages.at(-1)).toMatchObject({ title: '关于千万工程写作助手', message: '千万工程写作助手 0.1.0' });
      expect(f.messages.at(-1)!.detail).toContain('数据文件夹：/data');
    }
  });

  it('macOS keeps 关于 and 退出 in the application menu', async () => {
    const f = fakeElectron({ packaged: true });
    await startMain(f.electron, services({ platform: 'darwin' }));
    expect(labels(f.menu())).toEqual(['千万工程写作助手', '文件(&F)', '编辑(&E)', '视图(&V)', '帮助(&H)']);
    expect(flat(f.menu()[1]!.submenu as MenuItemConstructorOptions[]).some((i) => i.role === 'quit')).toBe(false);
  });

  it('the native file dialogs answer our page only, parented to the app window', async () => {
    const f = fakeElectron();
    await startMain(f.electron, services());
    expect([...f.ipc.keys()].sort()).toEqual(['qianwan-desktop:open-files', 'qianwan-desktop:save-file']);
    const save = f.ipc.get('qianwan-desktop:save-file')!;
    const open = f.ipc.get('qianwan-desktop:open-files')!;
    const page = { url: APP_PAGE_URL, isMainFrame: true };
    expect(await save(page, { fileName: '心得.docx', bytes: new Uint8Array([1]) })).toEqual({ status: 'cancelled' });
    expect(await open(page, { purpose: 'sources' })).toEqual({ status: 'cancelled' });
    expect(f.dialogsAsked).toEqual(['save 保存导出的文件 parent=main', 'open 导入素材 parent=main']);
    for (const sender of [{ url: APP_PAGE_URL, isMainFrame: false }, { url: 'https://evil.example/', isMainFrame: true }, { url: undefined, isMainFrame: true }]) {
      expect(await save(sender, { fileName: 'x.docx', bytes: new Uint8Array([1]) })).toEqual({ status: 'failed', code: 'forbidden' });
      expect(await open(sender, { purpose: 'drafts' })).toEqual({ status: 'failed', code: 'forbidden' });
    }
    expect(f.dialogsAsked).toHaveLength(2);
  });

  it('an export the page downloads gets the Chinese native save dialog in Documents; a failed write is said', async () => {
    const f = fakeElectron();
    await startMain(f.electron, services());
    let options: unknown = null;
    const done = new Emitter();
    const item: ExportDownload = {
      getFilename: () => '学习心得体会.docx',
      setSaveDialogOptions: (o) => void (options = o),
      once: (event, listener) => done.once(event, listener as Listener),
    };
    f.session.emit('will-download', {}, item);
    expect(options).toMatchObject({ title: '保存导出的文件', defaultPath: path.join('/home/u/文档', '学习心得体会.docx'), filters: [{ name: 'Word 文档', extensions: ['docx'] }, { name: '所有文件', extensions: ['*'] }] });
    done.emit('done', {}, 'interrupted');
    await Promise.resolve();
    expect(f.messages.at(-1)).toMatchObject({ type: 'error', title: '导出未完成' });
  });
});
