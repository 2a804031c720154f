import type { Profile } from '../api/apiTypes';

export type ProfileField = 'name' | 'unit' | 'position' | 'region';
type Field = ProfileField;

/** What stands in for a profile field the writer has not filled in yet: easy to spot and replace. */
export const PROFILE_BLANKS: Record<Field, string> = { name: '（姓名）', unit: '（单位）', position: '（职务）', region: '（地区）' };

/** Replaces {name} {unit} {position} {region} with the profile's values (or a visible blank). */
export function fillProfile(text: string, profile: Pick<Profile, Field>): string {
  return text.replace(/\{(name|unit|position|region)\}/g, (_whole, key: Field) => profile[key].trim() || PROFILE_BLANKS[key]);
}
