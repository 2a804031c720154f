import { IMPORT_FILE_MAX } from '../../../../electron/shared/api/apiLimits';
import { t } from '../../../../electron/shared/i18n/translate';

export const IMPORT_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.docx'];

/** Files the import accepts, and a message for each one it refuses (before anything is uploaded). */
export function checkImportFiles(files: Array<{ name: string; size: number }>): { accepted: number[]; problems: string[] } {
  const accepted: number[] = [];
  const problems: string[] = [];
  files.forEach((f, i) => {
    const ext = f.name.slice(f.name.lastIndexOf('.')).toLowerCase();
    if (!IMPORT_EXTENSIONS.includes(ext)) problems.push(t('sources.unsupported', { name: f.name }));
    else if (f.size > IMPORT_FILE_MAX) problems.push(t('sources.tooLarge', { name: f.name, size: (f.size / 1048576).toFixed(1) }));
    else accepted.push(i);
  });
  return { accepted, problems };
}
