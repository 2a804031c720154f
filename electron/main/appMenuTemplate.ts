import type { MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '../shared/commands/appCommands';

export interface MenuActions {
  command(command: AppCommand): void;
  openDataFolder(): void;
  showAbout(): void;
}

/**
 * An item that asks the page for one of its commands. Where the page answers the shortcut itself
 * (Ctrl+N, Ctrl+O, Ctrl+P, Ctrl+F, Ctrl+H, Ctrl+K) the menu shows it without registering it on Windows
 * and Linux, so one key press never runs the command twice; macOS always routes it through the menu.
 */
function pageCommand(label: string, command: AppCommand, actions: MenuActions, accelerator?: string): MenuItemConstructorOptions {
  return { label, click: () => actions.command(command), ...(accelerator ? { accelerator, registerAccelerator: false } : {}) };
}

/**
 * The application menu, in Chinese: 文件, 编辑, 视图, 帮助. Reload and the developer tools are only
 * in an unpackaged (development) build: in the installed app a reload would drop what the autosave has
 * not yet stored, and the tools would open the page's internals.
 */
export function appMenuTemplate(options: { packaged: boolean; platform: NodeJS.Platform; appName: string; actions: MenuActions }): MenuItemConstructorOptions[] {
  const { actions } = options;
  const mac = options.platform === 'darwin';
  const file: MenuItemConstructorOptions = {
    label: '文件(&F)',
    submenu: [
      pageCommand('新建文稿', 'newDocument', actions, 'CmdOrCtrl+N'),
      pageCommand('打开文稿…', 'openDraft', actions, 'CmdOrCtrl+O'),
      pageCommand('导入素材…', 'importSources', actions),
      { type: 'separator' },
      pageCommand('导出…', 'export', actions, 'CmdOrCtrl+P'),
      { type: 'separator' },
      pageCommand('设置…', 'settings', actions),
      ...(mac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: '退出', accelerator: 'Ctrl+Q' } as const]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: '编辑(&E)',
    submenu: [
      { role: 'undo', label: '撤销' },
      { role: 'redo', label: '重做' },
      { type: 'separator' },
      { role: 'cut', label: '剪切' },
      { role: 'copy', label: '复制' },
      { role: 'paste', label: '粘贴' },
      { role: 'selectAll', label: '全选' },
      { type: 'separator' },
      pageCommand('查找…', 'find', actions, 'CmdOrCtrl+F'),
      pageCommand('替换…', 'replace', actions, 'CmdOrCtrl+H'),
      pageCommand('搜索素材库', 'searchLibrary', actions, 'CmdOrCtrl+K'),
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '视图(&V)',
    submenu: [
      { role: 'zoomIn', label: '放大' },
      { role: 'zoomOut', label: '缩小' },
      { role: 'resetZoom', label: '实际大小' },
      { type: 'separator' },
      { role: 'togglefullscreen', label: '全屏' },
      ...(options.packaged ? [] : [{ type: 'separator' } as const, { role: 'reload', label: '重新加载（开发）' } as const, { role: 'toggleDevTools', label: '开发者工具（开发）' } as const]),
    ],
  };
  const help: MenuItemConstructorOptions = {
    label: '帮助(&H)',
    submenu: [
      { label: '打开数据文件夹', click: () => actions.openDataFolder() },
      { type: 'separator' },
      { label: `关于${options.appName}`, click: () => actions.showAbout() },
    ],
  };
  // macOS puts 关于, 设置 and 退出 under the application's own menu, first in the bar.
  const appMenu: MenuItemConstructorOptions = {
    label: options.appName,
    submenu: [
      { label: `关于${options.appName}`, click: () => actions.showAbout() },
      { type: 'separator' },
      { role: 'hide', label: `隐藏${options.appName}` },
      { role: 'hideOthers', label: '隐藏其他' },
      { role: 'unhide', label: '全部显示' },
      { type: 'separator' },
      { role: 'quit', label: `退出${options.appName}` },
    ],
  };
  return mac ? [appMenu, file, edit, view, help] : [file, edit, view, help];
}
