import type { PassageInfo } from '../api/apiTypes';
import type { DocNode } from '../doc/docTypes';
import { t } from '../i18n/translate';
import { collectCitations } from './collectCitations';
import { formatReference } from './formatReference';
import { numberCitations, type CitationOccurrence } from './numberCitations';

export interface ResolvedNote extends CitationOccurrence {
  /** 1-based, in order of first citation. */
  number: number;
  /** The note as it is printed: the GB/T 7714 reference, or an external note's own text. */
  text: string;
  /** The passage is not in the library (deleted, or from another machine). */
  missing: boolean;
}

export interface ResolvedNotes {
  /** The number each citation shows, in document order. */
  numbers: number[];
  notes: ResolvedNote[];
  /** The 参考文献 list: each distinct reference once, in order of first citation. */
  references: string[];
}

/** The text of one note; null while its passage is not known (not loaded yet, or missing). */
export function noteText(note: CitationOccurrence, passage: PassageInfo | null | undefined): string | null {
  if (note.note) return note.note;
  if (!passage) return null;
  return formatReference({ workTitle: passage.workTitle, source: passage.sources[0] ?? null, citedOn: note.citedOn });
}

/** Every export's notes, derived from the document the same way the editor derives them. */
export function resolveNotes(doc: DocNode, passages: ReadonlyMap<string, PassageInfo>): ResolvedNotes {
  const { notes, numbers } = numberCitations(collectCitations(doc));
  const resolved = notes.map((note, i): ResolvedNote => {
    const text = noteText(note, passages.get(note.passageId));
    return { ...note, number: i + 1, text: text ?? t('footnotes.missing', { id: note.passageId }), missing: text === null };
  });
  return { numbers, notes: resolved, references: [...new Set(resolved.filter((n) => !n.missing).map((n) => n.text))] };
}
