import { t } from '../i18n/translate';
import type { ApiErrorPayload } from './ApiError';

/**
 * An API error in the user's language, shared by the UI and the CLI: the code picks the message, the
 * detail fills it ({detail} for one datum; each named datum by its name, e.g. {file} and {mb}).
 */
export function describeError(err: ApiErrorPayload): string {
  const detail = err.detail;
  if (typeof detail === 'object') return t(`error.${err.code}`, { detail: Object.values(detail).join(', '), ...detail });
  return t(`error.${err.code}`, { detail: detail ?? '' });
}
