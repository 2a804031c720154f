import type { z } from 'zod';
import type { packCorrectionSkipSchema, packExportResultSchema, packImportSummarySchema } from './packResultSchemas';

// Library packs (学习材料包): chosen own sources in one .qwpack file that moves them between offline
// machines. The types of what the contract returns for an export and an import, derived from
// packResultSchemas.ts.

/** A pack's file name ends so: the file pickers and drops of the UI tell a pack by it. */
export const PACK_EXTENSION = '.qwpack';

export type PackExportResult = z.infer<typeof packExportResultSchema>;
export type PackCorrectionSkip = z.infer<typeof packCorrectionSkipSchema>;
export type PackImportSummary = z.infer<typeof packImportSummarySchema>;
