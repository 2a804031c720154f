import { IMPORT_FILE_MAX } from '../../../../electron/shared/api/apiLimits';
import { t } from '../../../../electron/shared/i18n/translate';
import type { MessageKey } from '../../../../electron/shared/i18n/zhCN';
import { DRAFT_EXTENSIONS } from '../../../../electron/shared/export/exportFormats';

export const IMPORT_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.docx'];

const LIBRARY_IMPORT = { extensions: IMPORT_EXTENSIONS, unsupported: 'sources.unsupported', tooLarge: 'sources.tooLarge' } as const;
export const DRAFT_OPEN = { extensions: DRAFT_EXTENSIONS, unsupported: 'docs.unsupported', tooLarge: 'docs.tooLarge' } as const;

/** Files an import accepts, and a message for each one it refuses (before anything is uploaded). */
export function checkImportFiles(
  files: Array<{ name: string; size: number }>,
  rules: { extensions: readonly string[]; unsupported: MessageKey; tooLarge: MessageKey } = LIBRARY_IMPORT,
): { accepted: number[]; problems: string[] } {
  const accepted: number[] = [];
  const problems: string[] = [];
  files.forEach((f, i) => {
    const ext = f.name.slice(f.name.lastIndexOf('.')).toLowerCase();
    if (!rules.extensions.includes(ext)) problems.push(t(rules.unsupported, { name: f.name }));
    else if (f.size > IMPORT_FILE_MAX) problems.push(t(rules.tooLarge, { name: f.name, size: (f.size / 1048576).toFixed(1) }));
    else accepted.push(i);
  });
  return { accepted, problems };
}
