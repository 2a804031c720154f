import { z } from 'zod';
import { parseJsonColumn } from '../db/parseJsonColumn';
import { DOC_DEPTH_MAX } from '../../shared/api/apiLimits';
import { docDepth } from '../../shared/doc/docDepth';
import { docNodeSchema } from '../../shared/doc/docSchema';
import { isExactDoc } from '../../shared/doc/isExactDoc';
import type { DocNode } from '../../shared/doc/docTypes';
import { salvageDoc } from '../../shared/doc/salvageDoc';

/**
 * A document as stored, in a shape the editor opens: checked against the contract's node types,
 * and salvaged (every word kept) when it does not fit, as a document stored before the boundary
 * checked them may not. The editor would otherwise show it blank. Text that is not JSON at all is
 * damaged data (data_damaged, naming `where`).
 */
export function readStoredDoc(json: string, where: string): DocNode {
  const value = parseJsonColumn(z.unknown(), json, where);
  if (docDepth(value, DOC_DEPTH_MAX) <= DOC_DEPTH_MAX) {
    // What a save wrote is already exact: the schema (which rebuilds every node) only for the rest.
    if (isExactDoc(value)) return value;
    const parsed = docNodeSchema.safeParse(value);
    if (parsed.success) return parsed.data;
  }
  return salvageDoc(value);
}
