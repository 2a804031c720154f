import type { ApiReply } from '../../../electron/shared/api/ApiReply';

/**
 * The browser host's answer (status and parsed body, null when it was not JSON) as the one envelope:
 * the host answers every call, and every refusal before one, in the envelope IPC answers in too. A
 * body that is not the envelope (a proxy's page, a cut-off answer) is an internal error naming the status.
 */
export function httpReply<T = unknown>(status: number, body: unknown): ApiReply<T> {
  if (isReply<T>(body)) return body;
  return { ok: false, error: { code: 'internal', detail: `HTTP ${status}` } };
}

function isReply<T>(body: unknown): body is ApiReply<T> {
  if (typeof body !== 'object' || body === null || !('ok' in body)) return false;
  // A method that returns nothing answers {ok: true}: JSON has no undefined, so `result` is left out.
  if (body.ok === true) return true;
  return body.ok === false && 'error' in body && typeof body.error === 'object' && body.error !== null && 'code' in body.error && typeof body.error.code === 'string';
}
