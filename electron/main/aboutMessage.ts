import type { MessageBoxOptions } from 'electron';

/** 帮助 → 关于: the version the user reports, the runtime it runs on, and where their data is. */
export function aboutMessage(info: { appName: string; version: string; versions: { electron?: string; chrome?: string; node?: string }; dataDir: string }): MessageBoxOptions {
  const runtime = [`Electron ${info.versions.electron ?? '?'}`, `Chromium ${info.versions.chrome ?? '?'}`, `Node.js ${info.versions.node ?? '?'}`].join(' · ');
  return {
    type: 'info',
    title: `关于${info.appName}`,
    message: `${info.appName} ${info.version}`,
    detail: `离线的学习心得体会与研讨发言材料写作工具，全部在本机运行，不需要网络。\n\n版本：${info.version}\n运行环境：${runtime}\n数据文件夹：${info.dataDir}`,
    buttons: ['确定'],
    noLink: true,
  };
}
