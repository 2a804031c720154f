import type { BridgeReply } from '../../../electron/shared/api/bridgeTypes';

/** The browser host's answer (status and parsed body, null when it was not JSON) as the bridge's reply shape. */
export function httpReply(status: number, body: unknown): BridgeReply {
  const reply = (body ?? null) as { ok?: boolean; result?: unknown; code?: string; detail?: string } | null;
  if (status >= 200 && status < 300 && reply?.ok) return { ok: true, result: reply.result };
  return { ok: false, error: { code: (reply?.code as never) ?? 'internal', detail: reply?.detail ?? `HTTP ${status}` } };
}
