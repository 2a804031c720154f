import { docText } from './docText';
import type { DocNode } from './docTypes';

/** The document's text as a reader sees it (docText): one line per block, citation markers left out. */
export function docPlainText(doc: DocNode): string {
  return docText(doc).text;
}
