import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { toErrorPayload } from '../shared/api/ApiError';
import type { QianwanApi } from '../shared/api/QianwanApi';
import { API_METHODS } from '../shared/api/apiSchemas';
import { ipcChannel } from '../shared/api/ipcChannel';
import { isTrustedSender } from './isTrustedSender';

/**
 * One ipcMain handler per contract method (never a generic channel). Errors travel as data: Electron
 * would otherwise flatten a thrown error into a string and lose its code.
 */
export function bindIpc(api: QianwanApi, appUrl: string): void {
  for (const method of API_METHODS) {
    ipcMain.handle(ipcChannel(method), async (event: IpcMainInvokeEvent, input: unknown) => {
      const frame = event.senderFrame;
      if (!isTrustedSender(frame?.url, appUrl, frame?.parent === null)) {
        return { ok: false, error: { code: 'forbidden', detail: 'sender' } };
      }
      try {
        const fn = api[method] as (input: unknown) => Promise<unknown>;
        return { ok: true, result: (await fn(input)) ?? null };
      } catch (err) {
        return { ok: false, error: toErrorPayload(err) };
      }
    });
  }
}
