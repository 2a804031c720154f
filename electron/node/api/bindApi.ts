import { ApiError, toErrorPayload } from '../../shared/api/ApiError';
import { contractSchemas, type ApiMethod, type ApiOutput } from '../../shared/api/apiContract';
import type { ApiReply } from '../../shared/api/ApiReply';
import { mapContract } from '../../shared/api/mapContract';
import type { QianwanApi } from '../../shared/api/QianwanApi';
import { validateInput } from '../../shared/api/validateInput';

/** The services behind the contract, each method taking its input already checked. */
export type ApiHandlers = QianwanApi;

/** A method called by name with what a transport received, answering the one envelope. */
export type ApiDispatch = <M extends ApiMethod>(method: M, input: unknown) => Promise<ApiReply<ApiOutput<M>>>;

/** A method called by name with a value not yet checked (the CLI's options), answering its typed output or throwing its ApiError. */
export type ApiCall = <M extends ApiMethod>(method: M, input: unknown) => Promise<ApiOutput<M>>;

/**
 * The contract bound to its services: typed calls (tests, code), calls with values still to check
 * (the CLI's arguments) and the transports' dispatch (IPC, HTTP).
 */
export interface BoundApi {
  api: QianwanApi;
  call: ApiCall;
  dispatch: ApiDispatch;
}

/**
 * Outputs are checked against the contract in tests (Vitest), in the end-to-end runs and wherever
 * QIANWAN_CHECK_OUTPUTS=1 is set; not in the app's own runs, where the check would cost a search of
 * 200 hits or the opening of a long draft its parse time for nothing.
 */
export function outputChecksWanted(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.QIANWAN_CHECK_OUTPUTS === '1' || env.VITEST !== undefined;
}

/**
 * Binds handlers to the contract: every call's input is checked against its schema before a handler
 * sees it (invalid_input, invalid_choice, file_too_large …), and, with `checkOutputs`, every answer
 * against its output schema (a service answering what the contract does not say fails as internal,
 * naming the method and the field).
 */
export function bindApi(handlers: ApiHandlers, options: { checkOutputs?: boolean } = {}): BoundApi {
  const checkOutputs = options.checkOutputs ?? outputChecksWanted();
  async function call<M extends ApiMethod>(method: M, input: unknown): Promise<ApiOutput<M>> {
    const handler = handlers[method];
    const value = await handler(validateInput(method, input));
    if (checkOutputs) {
      const checked = contractSchemas[method].output.safeParse(value);
      if (!checked.success) {
        const issue = checked.error.issues[0];
        throw new ApiError('internal', { method, output: issue ? `${issue.path.join('.') || '(value)'}: ${issue.message}` : '?' });
      }
    }
    return value;
  }
  return {
    api: mapContract<'call'>((method) => (input) => call(method, input)),
    call,
    async dispatch(method, input) {
      try {
        return { ok: true, result: await call(method, input) };
      } catch (err) {
        return { ok: false, error: toErrorPayload(err) };
      }
    },
  };
}
