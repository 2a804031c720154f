import { closeHistory } from '@tiptap/pm/history';
import type { EditorState, Transaction } from '@tiptap/pm/state';
import type { Profile } from '../../../../electron/shared/api/apiTypes';
import { PROFILE_BLANKS, type ProfileField } from '../../../../electron/shared/templates/fillProfile';
import { blankOccurrences } from './blankOccurrences';

/**
 * Puts the profile's values where the template left blanks (those the profile now has), in one
 * undoable step; null when there is nothing to fill.
 */
export function fillProfileBlanks(state: EditorState, profile: Pick<Profile, ProfileField>): Transaction | null {
  const edits = (Object.keys(PROFILE_BLANKS) as ProfileField[])
    .flatMap((field) => {
      const value = profile[field].trim();
      return value ? blankOccurrences(state.doc, PROFILE_BLANKS[field]).map((at) => ({ ...at, value })) : [];
    })
    .sort((a, b) => b.from - a.from);
  if (edits.length === 0) return null;
  const tr = state.tr;
  closeHistory(tr);
  // From the last back, so earlier positions stay valid.
  for (const e of edits) tr.insertText(e.value, e.from, e.to);
  return tr;
}
