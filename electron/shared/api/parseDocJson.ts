import { ApiError } from './ApiError';
import type { DocNode } from '../doc/docTypes';
import { docJson } from './apiContract';
import { DOC_DEPTH_MAX } from './apiLimits';
import { docDepth } from '../doc/docDepth';
import { documentSizeProblem } from '../doc/documentSizeProblem';
import { isExactDoc } from '../doc/isExactDoc';
import { inputRefusal } from './validateInput';

/** A document sent as serialised JSON (saveDocument's contentJson), checked by the same schema as `content`. */
export function parseDocJson(text: string): DocNode {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ApiError('invalid_input', 'saveDocument.contentJson');
  }
  // The editor's own serialisation is already exact (every autosave of a long draft): the same checks
  // as the schema's, in its order, without its rebuilding every node; anything else goes through it.
  if (docDepth(value, DOC_DEPTH_MAX) <= DOC_DEPTH_MAX && typeof value === 'object' && value !== null && documentSizeProblem(value) === null && isExactDoc(value)) return value;
  const parsed = docJson.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw inputRefusal('saveDocument', { contentJson: value }, issue && { ...issue, path: ['contentJson', ...issue.path] });
}
