import type { z } from 'zod';
import { ApiError } from '../../shared/api/ApiError';

/**
 * A JSON column's value, checked against its schema. A value that is not JSON or not of the shape
 * this version writes is damaged data: it fails with `data_damaged` naming the column (and the row,
 * in `where`), never a SyntaxError from deep inside a service or a field that is silently undefined.
 */
export function parseJsonColumn<T>(schema: z.ZodType<T, z.ZodTypeDef, unknown>, json: string, where: string): T {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new ApiError('data_damaged', `${where}: not JSON`);
  }
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new ApiError('data_damaged', `${where}: ${issue ? `${issue.path.join('.') || 'value'} ${issue.message}` : 'invalid'}`);
}
