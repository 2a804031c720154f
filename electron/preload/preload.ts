import { contextBridge, ipcRenderer } from 'electron';
import { ipcChannel } from '../shared/api/ipcChannel';
import { mapContract } from '../shared/api/mapContract';

// Exactly the contract's methods, each bound to its own channel: the page gets no ipcRenderer and
// no way to name a channel itself. Each answers the envelope main's handler sends (ApiReply).
const bridge = mapContract<'bridge'>((method) => (input) => ipcRenderer.invoke(ipcChannel(method), input));

contextBridge.exposeInMainWorld('qianwan', bridge);
