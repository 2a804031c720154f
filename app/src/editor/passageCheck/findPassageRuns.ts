import type { Node as PmNode } from '@tiptap/pm/model';
import { docTextPositions } from '../../../../electron/shared/doc/docTextPositions';
import type { PassageMarkType } from '../../../../electron/shared/doc/docTypes';
import { editorDocText } from '../editorDocText';

export interface PassageRun {
  type: PassageMarkType;
  passageId: string;
  from: number;
  to: number;
  text: string;
}

/**
 * Contiguous stretches of quoted or adapted words, each with its passage, in document order: the
 * marks of the document's text (editorDocText, the ranges the check reads) at their positions.
 */
export function findPassageRuns(doc: PmNode): PassageRun[] {
  const plain = editorDocText(doc);
  const at = docTextPositions(plain);
  return plain.marks.map((m) => ({ type: m.type, passageId: m.passageId, from: at.from(m.start), to: at.to(m.end), text: plain.text.slice(m.start, m.end) }));
}
