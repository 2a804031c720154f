import { DOC_BLOCKS_MAX, DOC_JSON_MAX } from '../api/apiLimits';

/**
 * The one size limit of a stored document, checked wherever a document comes into being (the save
 * schema, creating, importing a file): a draft that passed one of them always passes the others, so
 * nothing can make a document that saving then refuses. Null when the document fits.
 */
export function documentSizeProblem(doc: { content?: readonly unknown[] }, json: string = JSON.stringify(doc)): 'blocks' | 'length' | null {
  if ((doc.content?.length ?? 0) > DOC_BLOCKS_MAX) return 'blocks';
  if (json.length > DOC_JSON_MAX) return 'length';
  return null;
}
