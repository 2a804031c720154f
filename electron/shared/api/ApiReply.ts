import type { ApiErrorPayload } from './ApiError';

/**
 * The one envelope every transport answers in (IPC, HTTP, the preload bridge): the method's value, or
 * its error as data (code and detail). The browser host sends the same body with the status of the
 * error's code (httpStatusFor).
 */
export type ApiReply<T> = { ok: true; result: T } | { ok: false; error: ApiErrorPayload };
