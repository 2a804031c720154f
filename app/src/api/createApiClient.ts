import type { ApiInput, ApiMethod, ApiOutput } from '../../../electron/shared/api/apiContract';
import type { ApiReply } from '../../../electron/shared/api/ApiReply';
import { mapContract } from '../../../electron/shared/api/mapContract';
import type { QianwanApi, QianwanBridge } from '../../../electron/shared/api/QianwanApi';
import { t } from '../../../electron/shared/i18n/translate';
import { ApiClientError } from './ApiClientError';
import { httpReply } from './httpReply';
import { requestBody } from './requestBody';

declare global {
  interface Window {
    qianwan?: QianwanBridge;
  }
}

const KEEPALIVE_MAX = 60_000;

/** How a call reaches the services and comes back in the one envelope (ApiReply), whichever host. */
type Transport = <M extends ApiMethod>(method: M, input: ApiInput<M>) => Promise<ApiReply<ApiOutput<M>>>;

/** Electron: the preload bridge. */
function bridgeTransport(bridge: QianwanBridge): Transport {
  return (method, input) => bridge[method](input);
}

/** Browser host: POST /api/<method> with the per-launch token the server put into the page. */
function httpTransport(token: string): Transport {
  return async (method, input) => {
    let res: Response;
    const body = requestBody(input);
    const small = body.length < KEEPALIVE_MAX;
    try {
      res = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-qianwan-token': token },
        // A long draft's autosave: Chromium's fetch took 5–15 ms of the main thread to take a 200 KB
        // string, and 1–4 ms to take the same bytes as a Blob (2–3 ms to make).
        body: small ? body : new Blob([body], { type: 'application/json' }),
        // The token travels in the header only; the API takes no cookie.
        credentials: 'omit',
        // Lets the last save and close of a page that is being unloaded still arrive; browsers
        // allow keepalive only for small bodies.
        keepalive: small,
      });
    } catch {
      throw new Error(t('error.network'));
    }
    // Its value is the contract's output, checked against its schema on the host in development and tests.
    return httpReply<ApiOutput<typeof method>>(res.status, await res.json().catch(() => null));
  };
}

/** The renderer's one API client: the same contract, whichever host it runs in. */
export function createApiClient(win: Window = window): QianwanApi {
  const token = win.document.querySelector('meta[name="qianwan-token"]')?.getAttribute('content') ?? '';
  const transport = win.qianwan ? bridgeTransport(win.qianwan) : httpTransport(token);
  return mapContract<'call'>((method) => async (input) => {
    const reply = await transport(method, input);
    if (!reply.ok) throw new ApiClientError(reply.error);
    return reply.result;
  });
}
