import { contextBridge, ipcRenderer } from 'electron';
import { ipcChannel } from '../shared/api/ipcChannel';
import { mapContract } from '../shared/api/mapContract';
import { DESKTOP_OPEN_CHANNEL, DESKTOP_SAVE_CHANNEL, type DesktopFiles } from '../shared/desktop/desktopFiles';

// Exactly the contract's methods, each bound to its own channel: the page gets no ipcRenderer and
// no way to name a channel itself. Each answers the envelope main's handler sends (ApiReply).
const bridge = mapContract<'bridge'>((method) => (input) => ipcRenderer.invoke(ipcChannel(method), input));

contextBridge.exposeInMainWorld('qianwan', bridge);

// The native save and open dialogs: a separate, minimal entry (two calls on two fixed channels).
const desktopFiles: DesktopFiles = {
  saveFile: (request) => ipcRenderer.invoke(DESKTOP_SAVE_CHANNEL, request),
  openFiles: (request) => ipcRenderer.invoke(DESKTOP_OPEN_CHANNEL, request),
};
contextBridge.exposeInMainWorld('qianwanDesktop', desktopFiles);
