import { ApiError } from './ApiError';
import { apiSchemas, type ApiInput, type ApiMethod } from './apiSchemas';

/** Parses a method's input against its schema; an invalid payload never reaches a service. */
export function validateInput<M extends ApiMethod>(method: M, input: unknown): ApiInput<M> {
  const parsed = apiSchemas[method].safeParse(input ?? {});
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new ApiError('invalid_input', `${method}: ${first?.path.join('.') || '(root)'} ${first?.message ?? ''}`.trim());
  }
  return parsed.data as ApiInput<M>;
}
