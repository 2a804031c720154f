import type { ApiMethodName as ApiMethod } from './apiMethods';

export function ipcChannel(method: ApiMethod): string {
  return `qianwan:${method}`;
}
