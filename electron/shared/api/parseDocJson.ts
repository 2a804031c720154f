import { ApiError } from './ApiError';
import type { DocNode } from '../doc/docTypes';
import { docJson } from './apiSchemas';

/** A document sent as serialised JSON (saveDocument's contentJson), checked by the same schema as `content`. */
export function parseDocJson(text: string): DocNode {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ApiError('invalid_input', 'saveDocument: contentJson is not JSON');
  }
  const parsed = docJson.safeParse(value);
  if (!parsed.success) throw new ApiError('invalid_input', `saveDocument: contentJson ${parsed.error.issues[0]?.message ?? ''}`.trim());
  return parsed.data;
}
