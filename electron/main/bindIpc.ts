import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { ApiReply } from '../shared/api/ApiReply';
import { API_METHOD_NAMES } from '../shared/api/apiMethods';
import { ipcChannel } from '../shared/api/ipcChannel';
import type { ApiDispatch } from '../node/api/bindApi';
import { isTrustedSender } from './isTrustedSender';

/**
 * One ipcMain handler per contract method (never a generic channel), each answering the envelope the
 * browser host answers too (ApiReply): Electron would otherwise flatten a thrown error into a string
 * and lose its code.
 */
export function bindIpc(dispatch: ApiDispatch, appUrl: string): void {
  for (const method of API_METHOD_NAMES) {
    ipcMain.handle(ipcChannel(method), (event: IpcMainInvokeEvent, input: unknown) => answerIpc(dispatch, method, event, input, appUrl));
  }
}

/** One IPC call: refused unless it comes from the app's own top frame, else dispatched to the contract. */
export function answerIpc(dispatch: ApiDispatch, method: (typeof API_METHOD_NAMES)[number], event: Pick<IpcMainInvokeEvent, 'senderFrame'>, input: unknown, appUrl: string): Promise<ApiReply<unknown>> {
  const frame = event.senderFrame;
  if (!isTrustedSender(frame?.url, appUrl, frame?.parent === null)) return Promise.resolve({ ok: false, error: { code: 'forbidden', detail: 'sender' } });
  return dispatch(method, input);
}
