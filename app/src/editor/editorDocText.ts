import type { Node as PmNode } from '@tiptap/pm/model';
import { docText, type DocText } from '../../../electron/shared/doc/docText';
import { editorDocJson } from './editorDocJson';

/**
 * The editor's document through the one plain-text walk (docText) that the check, find and replace,
 * the word count and the decorations share; its positions are `doc`'s positions.
 */
export function editorDocText(doc: PmNode): DocText {
  return docText(editorDocJson(doc));
}
