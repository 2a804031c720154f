import type { Node as PmNode } from '@tiptap/pm/model';
import { countDocument, type DocumentCount } from '../../../../electron/shared/text/countDocument';
import { editorDocText } from '../../editor/editorDocText';

/** The status bar's 字数: the text the service counts when it saves (docText), so the two agree. */
export function countEditorDocument(doc: PmNode): DocumentCount {
  return countDocument(editorDocText(doc).text);
}
