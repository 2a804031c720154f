import { formatProfileSchema, type FormatProfile } from './formatProfile';

/** The version of the profile file this app writes and reads; a newer file is refused, not half-read. */
export const FORMAT_PROFILE_FILE_VERSION = 1;

export const FORMAT_PROFILE_FILE_EXTENSION = '.qwformat.json';

export interface FormatProfileFile {
  qianwanFormatProfile: number;
  profile: FormatProfile;
}

export type ProfileFileProblem = { code: 'profile_invalid'; detail: string } | { code: 'profile_newer'; detail: string };

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
    return { problem: { code: 'profile_invalid', detail: '不是 JSON 文件' } };
  }
  const version = (data as { qianwanFormatProfile?: unknown } | null)?.qianwanFormatProfile;
  if (typeof version !== 'number') return { problem: { code: 'profile_invalid', detail: '不是千万工程写作助手的版式文件' } };
  if (version > FORMAT_PROFILE_FILE_VERSION) return { problem: { code: 'profile_newer', detail: String(version) } };
  const parsed = formatProfileSchema.safeParse((data as { profile?: unknown }).profile);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { problem: { code: 'profile_invalid', detail: issue ? `${issue.path.join('.') || 'profile'}：${issue.message}` : 'profile' } };
  }
  return { profile: parsed.data };
}
