import type { ApiInput, ApiMethod, ApiOutput } from './apiContract';
import type { ApiReply } from './ApiReply';

/**
 * The shapes one contract method takes, both derived from its schemas in apiContract.ts:
 * - call: what the renderer and the CLI call, and what a service implements (its input is checked
 *   against the schema before the service sees it: bindApi);
 * - bridge: what the preload exposes and each transport answers (the output in its envelope).
 */
export interface MethodShapes<M extends ApiMethod> {
  call: (input: ApiInput<M>) => Promise<ApiOutput<M>>;
  bridge: (input: ApiInput<M>) => Promise<ApiReply<ApiOutput<M>>>;
}

export type MethodShape = keyof MethodShapes<ApiMethod>;

/** Every method of the contract in one shape. */
export type ContractImplementation<S extends MethodShape> = { [M in ApiMethod]: MethodShapes<M>[S] };

/**
 * The one contract between the UI and the services. Electron binds it to ipcMain, the browser host
 * to HTTP, the CLI calls it directly; the renderer's client implements it over either transport.
 */
export type QianwanApi = ContractImplementation<'call'>;

/** The object preload exposes as `window.qianwan`: exactly the contract's methods, each answering an envelope. */
export type QianwanBridge = ContractImplementation<'bridge'>;
