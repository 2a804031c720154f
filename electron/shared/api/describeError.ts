import { t } from '../i18n/translate';
import type { ApiErrorPayload } from './ApiError';

/** The Chinese message for an API error, shared by the UI and the CLI. */
export function describeError(err: ApiErrorPayload): string {
  return t(`error.${err.code}`, { detail: err.detail ?? '' });
}
