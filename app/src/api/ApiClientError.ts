import type { ApiErrorPayload } from '../../../electron/shared/api/ApiError';
import { describeError } from '../../../electron/shared/api/describeError';

/** An API failure as the UI sees it: its code, and the Chinese message to show. */
export class ApiClientError extends Error {
  readonly payload: ApiErrorPayload;

  constructor(payload: ApiErrorPayload) {
    super(describeError(payload));
    this.name = 'ApiClientError';
    this.payload = payload;
  }
}
