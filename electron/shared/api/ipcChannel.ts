import type { ApiMethod } from './apiContract';

export function ipcChannel(method: ApiMethod): string {
  return `qianwan:${method}`;
}
