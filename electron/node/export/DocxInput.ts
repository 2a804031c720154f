import type { DocumentOptions, Profile } from '../../shared/api/apiTypes';
import type { NotePlan } from '../../shared/citations/planNotes';
import type { DocNode } from '../../shared/doc/docTypes';
import type { DocxPreset } from './docxPresets';

/** What an export writes: the document, its notes resolved, and the page it is laid out on. */
export interface DocxInput {
  title: string;
  doc: DocNode;
  /** The notes for the note style and edition this export uses (planNotes). */
  notes: NotePlan;
  options: DocumentOptions;
  profile: Pick<Profile, 'name' | 'unit' | 'position'>;
  /** The 成文日期 printed under the text. */
  date: Date;
  preset: DocxPreset;
}
