import type { SaveDialogOptions } from 'electron';
import { checkPermission, decidePermission } from './sessionPolicy';
import { saveDialogOptions } from './saveDialogOptions';

/** The part of a DownloadItem this needs. */
export interface ExportDownload {
  getFilename(): string;
  setSaveDialogOptions(options: SaveDialogOptions): void;
  once(event: 'done', listener: (event: unknown, state: 'completed' | 'cancelled' | 'interrupted') => void): unknown;
}

/** The part of Electron's Session this needs (a fake in the tests, session.defaultSession in main). */
export interface SecuredSession {
  setPermissionRequestHandler(handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string) => boolean): void;
  setDevicePermissionHandler(handler: () => boolean): void;
  on(event: 'will-download', listener: (event: unknown, item: ExportDownload) => void): unknown;
}

/**
 * No permission of any kind, no USB, serial or HID device. A file the page exports (the DOCX, a pack,
 * a backup: a download here, as in the browser host) is saved where the user says in the native save
 * dialog; a write that fails is said in a native message, since Electron shows no download bar.
 */
export function secureSession(session: SecuredSession, options: { documentsDir: () => string; saveFailed: (fileName: string) => void }): void {
  session.setPermissionRequestHandler((_wc, permission, callback) => decidePermission(permission, callback));
  session.setPermissionCheckHandler((_wc, permission) => checkPermission(permission));
  session.setDevicePermissionHandler(() => checkPermission('device'));
  session.on('will-download', (_event, item) => {
    const fileName = item.getFilename();
    item.setSaveDialogOptions(saveDialogOptions(fileName, options.documentsDir()));
    item.once('done', (_e, state) => {
      if (state === 'interrupted') options.saveFailed(fileName);
    });
  });
}
