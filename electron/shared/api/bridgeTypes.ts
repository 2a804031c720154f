import type { ApiErrorPayload } from './ApiError';
import type { ApiMethodName as ApiMethod } from './apiMethods';

/** What each bridged method resolves to; errors are data so their code survives IPC. */
export type BridgeReply = { ok: true; result: unknown } | { ok: false; error: ApiErrorPayload };

/** The object preload exposes as `window.qianwan`: exactly the contract's methods. */
export type QianwanBridge = Record<ApiMethod, (input: unknown) => Promise<BridgeReply>>;
