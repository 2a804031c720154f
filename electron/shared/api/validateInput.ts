import { ApiError } from './ApiError';
import { apiSchemas, type ApiInput, type ApiMethod } from './apiSchemas';

/** Parses a method's input against its schema; an invalid payload never reaches a service. */
export function validateInput<M extends ApiMethod>(method: M, input: unknown): ApiInput<M> {
  const parsed = apiSchemas[method].safeParse(input ?? {});
  if (!parsed.success) {
    // An imported file over the size limit is named with its size, not reported as a schema detail.
    const tooBig = parsed.error.issues.find((i) => i.code === 'too_big' && i.path[i.path.length - 1] === 'dataBase64');
    if (tooBig) {
      let owner: unknown = input;
      for (const key of tooBig.path.slice(0, -1)) owner = (owner as Record<string | number, unknown> | undefined)?.[key];
      const file = owner as { name?: unknown; dataBase64?: unknown } | undefined;
      const mib = typeof file?.dataBase64 === 'string' ? ((file.dataBase64.length * 3) / 4 / 1048576).toFixed(1) : '?';
      throw new ApiError('file_too_large', `${typeof file?.name === 'string' ? file.name : ''}（${mib} MB）`);
    }
    const first = parsed.error.issues[0];
    throw new ApiError('invalid_input', `${method}: ${first?.path.join('.') || '(root)'} ${first?.message ?? ''}`.trim());
  }
  return parsed.data as ApiInput<M>;
}
