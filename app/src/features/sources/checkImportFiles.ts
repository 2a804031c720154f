import { IMPORT_FILE_MAX } from '../../../../electron/shared/api/apiLimits';
import { t } from '../../../../electron/shared/i18n/translate';
import type { MessageKey } from '../../../../electron/shared/i18n/zhCN';
import { DRAFT_EXTENSIONS } from '../../../../electron/shared/export/exportFormats';
import { isPageResource, SOURCE_EXTENSIONS } from '../../../../electron/shared/files/sourceExtensions';

export const IMPORT_EXTENSIONS: readonly string[] = SOURCE_EXTENSIONS;

const LIBRARY_IMPORT = { extensions: IMPORT_EXTENSIONS, unsupported: 'sources.unsupported', tooLarge: 'sources.tooLarge' } as const;
export const DRAFT_OPEN = { extensions: DRAFT_EXTENSIONS, unsupported: 'docs.unsupported', tooLarge: 'docs.tooLarge' } as const;

/**
 * Files an import accepts, and a message for each one it refuses (before anything is uploaded). In a
 * folder, a saved page's resources (page_files/…) are passed over and only counted, and so are files of
 * other kinds, which a folder of materials always has; a file chosen on its own is refused by name.
 */
export function checkImportFiles(
  files: Array<{ name: string; size: number; path?: string }>,
  rules: { extensions: readonly string[]; unsupported: MessageKey; tooLarge: MessageKey } = LIBRARY_IMPORT,
): { accepted: number[]; problems: string[]; skipped: number } {
  const accepted: number[] = [];
  const problems: string[] = [];
  let skipped = 0;
  files.forEach((f, i) => {
    const inFolder = (f.path ?? f.name).includes('/');
    const ext = f.name.slice(f.name.lastIndexOf('.')).toLowerCase();
    if (inFolder && (isPageResource(f.path ?? '') || !rules.extensions.includes(ext) || f.name.startsWith('.'))) skipped++;
    else if (!rules.extensions.includes(ext)) problems.push(t(rules.unsupported, { name: f.name }));
    else if (f.size > IMPORT_FILE_MAX) problems.push(t(rules.tooLarge, { name: f.name, size: (f.size / 1048576).toFixed(1) }));
    else accepted.push(i);
  });
  return { accepted, problems, skipped };
}
