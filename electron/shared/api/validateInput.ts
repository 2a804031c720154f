import type { z } from 'zod';
import { API_ERROR_PARAM, ApiError, isApiErrorCode, isApiErrorDetail } from './ApiError';
import { contractSchemas, type ApiInput, type ApiMethod } from './apiContract';
import { fileTooLarge } from './fileTooLarge';

/**
 * Parses a method's input against its schema; an invalid payload never reaches a service. The refusal
 * is data the UI words: the field, and for a choice the value and the values allowed.
 */
export function validateInput<M extends ApiMethod>(method: M, input: unknown): ApiInput<M> {
  const parsed = contractSchemas[method].input.safeParse(input ?? {});
  if (parsed.success) return parsed.data;
  throw inputRefusal(method, input, parsed.error.issues[0]);
}

/** A schema's first issue as the ApiError the caller gets. */
export function inputRefusal(method: ApiMethod, input: unknown, issue: z.ZodIssue | undefined): ApiError {
  if (!issue) return new ApiError('invalid_input', method);
  const field = issue.path.join('.');
  // An imported file over the size limit is named with its size, not reported as a schema detail.
  if (issue.code === 'too_big' && issue.path[issue.path.length - 1] === 'dataBase64') {
    const file = valueAt(input, issue.path.slice(0, -1));
    const name = valueAt(file, ['name']);
    const data = valueAt(file, ['dataBase64']);
    return fileTooLarge(typeof name === 'string' ? name : '', typeof data === 'string' ? (data.length * 3) / 4 : null);
  }
  if (issue.code === 'custom') {
    const code: unknown = issue.params?.[API_ERROR_PARAM];
    const detail: unknown = issue.params?.detail;
    if (isApiErrorCode(code)) return new ApiError(code, isApiErrorDetail(detail) ? detail : undefined);
  }
  if (issue.code === 'invalid_enum_value' || issue.code === 'invalid_union_discriminator') {
    const value = valueAt(input, issue.path);
    return new ApiError('invalid_choice', { method, field, value: typeof value === 'string' ? value.slice(0, 40) : JSON.stringify(value) ?? '', allowed: issue.options.map(String).join(', ') });
  }
  return new ApiError('invalid_input', field ? `${method}.${field}` : method);
}

function valueAt(value: unknown, path: readonly (string | number)[]): unknown {
  let at = value;
  for (const key of path) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = Reflect.get(at, key);
  }
  return at;
}
