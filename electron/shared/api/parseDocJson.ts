import { ApiError } from './ApiError';
import type { DocNode } from '../doc/docTypes';
import { docJson } from './apiContract';
import { inputRefusal } from './validateInput';

/** A document sent as serialised JSON (saveDocument's contentJson), checked by the same schema as `content`. */
export function parseDocJson(text: string): DocNode {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ApiError('invalid_input', 'saveDocument.contentJson');
  }
  const parsed = docJson.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw inputRefusal('saveDocument', { contentJson: value }, issue && { ...issue, path: ['contentJson', ...issue.path] });
}
