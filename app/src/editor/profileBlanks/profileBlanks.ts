import type { Node as PmNode } from '@tiptap/pm/model';
import { PROFILE_BLANKS, type ProfileField } from '../../../../electron/shared/templates/fillProfile';
import { blankOccurrences } from './blankOccurrences';

export interface ProfileBlank {
  field: ProfileField;
  /** The blank as the template left it: （单位）. */
  blank: string;
  count: number;
}

/** The template blanks (（单位）, （姓名）…) still in the draft, with how often each appears. */
export function profileBlanks(doc: PmNode): ProfileBlank[] {
  return (Object.keys(PROFILE_BLANKS) as ProfileField[])
    .map((field) => ({ field, blank: PROFILE_BLANKS[field], count: blankOccurrences(doc, PROFILE_BLANKS[field]).length }))
    .filter((b) => b.count > 0);
}
