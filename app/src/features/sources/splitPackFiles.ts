import { PACK_EXTENSION } from '../../../../electron/shared/api/packTypes';

/** The rules checkImportFiles applies to library packs: the extension, and the messages when refused. */
export const PACK_OPEN = { extensions: [PACK_EXTENSION], unsupported: 'pack.notPack', tooLarge: 'pack.tooLarge' } as const;

/** Files dropped on the library: library packs (merged whole) apart from material files (imported with a preview). */
export function splitPackFiles<F>(files: F[], name: (f: F) => string): { packs: F[]; others: F[] } {
  const isPack = (f: F) => name(f).toLowerCase().endsWith(PACK_EXTENSION);
  return { packs: files.filter(isPack), others: files.filter((f) => !isPack(f)) };
}
