import type { ApiMethod } from './apiContract';
import { API_METHOD_NAMES } from './apiMethods';
import type { ContractImplementation, MethodShape, MethodShapes } from './QianwanApi';

/**
 * One function per contract method, each made by `make` for its method: how every proxy (the client,
 * the preload bridge, the validated services) is built from the one method list, with each method's
 * own types. The object is checked to name every method before it is returned, so it needs no cast.
 */
export function mapContract<S extends MethodShape>(make: <M extends ApiMethod>(method: M) => MethodShapes<M>[S]): ContractImplementation<S> {
  const built: Record<string, unknown> = Object.fromEntries(API_METHOD_NAMES.map((method) => [method, make(method)]));
  if (!implementsContract<S>(built)) throw new Error('mapContract: a method is missing');
  return built;
}

function implementsContract<S extends MethodShape>(built: Record<string, unknown>): built is ContractImplementation<S> {
  return API_METHOD_NAMES.every((method) => typeof built[method] === 'function');
}
