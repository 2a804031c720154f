import { formatProfileSchema, type FormatProfile } from './formatProfile';

/** The version of the profile file this app writes and reads; a newer file is refused, not half-read. */
export const FORMAT_PROFILE_FILE_VERSION = 1;

export const FORMAT_PROFILE_FILE_EXTENSION = '.qwformat.json';

export interface FormatProfileFile {
  qianwanFormatProfile: number;
  profile: FormatProfile;
}

/** Why a profile file is refused, as a code the UI words and the datum it names (a field, a version). */
export type ProfileFileProblem = { code: 'profile_not_json' } | { code: 'profile_not_format' } | { code: 'profile_invalid'; detail: string } | { code: 'profile_newer'; detail: number };

/** A unit profile as the small file an office hands to everyone. */
export function formatProfileFile(profile: FormatProfile): string {
  const file: FormatProfileFile = { qianwanFormatProfile: FORMAT_PROFILE_FILE_VERSION, profile };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * Reads a profile file: the profile, or why it is refused (not JSON, not a profile, a field out of
 * range, or written by a newer version of the app). Nothing of a refused file is used.
 */
export function readFormatProfileFile(text: string): { profile: FormatProfile } | { problem: ProfileFileProblem } {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { problem: { code: 'profile_not_json' } };
  }
  const version: unknown = typeof data === 'object' && data !== null ? Reflect.get(data, 'qianwanFormatProfile') : undefined;
  if (typeof version !== 'number' || typeof data !== 'object' || data === null) return { problem: { code: 'profile_not_format' } };
  if (version > FORMAT_PROFILE_FILE_VERSION) return { problem: { code: 'profile_newer', detail: version } };
  const parsed = formatProfileSchema.safeParse(Reflect.get(data, 'profile'));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { problem: { code: 'profile_invalid', detail: issue ? `${issue.path.join('.') || 'profile'}: ${issue.message}` : 'profile' } };
  }
  return { profile: parsed.data };
}
