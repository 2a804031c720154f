import type { PassageInfo } from '../api/apiTypes';
import type { DocNode } from '../doc/docTypes';
import type { CitationEdition, NoteStyle } from './citationStyles';
import { collectCitations } from './collectCitations';
import { planNotes, type NotePlan } from './planNotes';

/** Every export's notes, derived from the stored document the way the editor derives them; a passage not in `passages` is missing. */
export function resolveNotes(doc: DocNode, passages: ReadonlyMap<string, PassageInfo>, options: { style: NoteStyle; edition: CitationEdition }): NotePlan {
  return planNotes(collectCitations(doc), (id) => passages.get(id) ?? null, options);
}
