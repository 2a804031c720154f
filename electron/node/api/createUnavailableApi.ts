import type { QianwanApi } from '../../shared/api/QianwanApi';
import { API_METHOD_NAMES } from '../../shared/api/apiMethods';

/**
 * The contract when the user's data cannot be opened (newer version, damaged file): the window still
 * opens and every call reports the reason, so the user reads it in the UI instead of a dead window.
 */
export function createUnavailableApi(reason: unknown): QianwanApi {
  const api = {} as Record<string, () => Promise<never>>;
  for (const method of API_METHOD_NAMES) {
    api[method] = () => Promise.reject(reason);
  }
  return api as unknown as QianwanApi;
}
