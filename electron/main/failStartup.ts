/** The part of Electron's app this needs. */
export interface StoppableApp {
  releaseSingleInstanceLock(): void;
  exit(exitCode?: number): void;
}

export function startupFailureMessage(err: unknown, dataDir: string | null): string {
  const detail = err instanceof Error ? err.stack ?? err.message : String(err);
  return [
    '程序启动时出错，窗口没有打开。',
    dataDir ? `你的文稿保存在 ${dataDir}，没有被改动。` : '你的文稿没有被改动。',
    '请再打开一次程序；如果仍然出错，请把下面的信息告诉维护者。',
    '',
    'The app could not start and opened no window. Your documents were not changed. Please start it again; if this keeps happening, send the text below to the maintainers.',
    '',
    detail,
  ].join('\n');
}

/**
 * A start-up error (a missing library.db, a bundle that failed to load …) is said in a native dialog,
 * then the app leaves: the single-instance lock is released first, so the next launch is a first
 * instance again instead of quitting at once in favour of a process that has no window.
 */
export function failStartup(err: unknown, deps: { app: StoppableApp; showErrorBox(title: string, content: string): void; log(message: string): void; dataDir: string | null }): void {
  deps.log(`qianwan: start-up failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
  try {
    deps.showErrorBox('千万工程写作助手无法启动', startupFailureMessage(err, deps.dataDir));
  } finally {
    deps.app.releaseSingleInstanceLock();
    deps.app.exit(1);
  }
}
