import type { DocumentOptions, Profile } from '../../shared/api/apiTypes';
import type { NotePlan } from '../../shared/citations/planNotes';
import type { BlockNode, DocNode } from '../../shared/doc/docTypes';
import type { DocxPreset } from './docxPresets';

/** What an export writes: the document, its notes resolved, and the page it is laid out on. */
export interface DocxInput {
  title: string;
  /** The body, prepared for the layout (prepareExportDoc). */
  doc: DocNode;
  /** An appendix (the 查重 report) after the 署名 and 成文日期, before the 参考文献. */
  appendix: BlockNode[];
  /** The notes for the note style and edition this export uses (planNotes). */
  notes: NotePlan;
  options: DocumentOptions;
  profile: Pick<Profile, 'name' | 'unit' | 'position'>;
  /** The date the layout prints (成文日期, or in parentheses under the author line). */
  date: Date;
  preset: DocxPreset;
}
