import { z } from 'zod';

// Library packs (学习材料包) as the contract returns an export and an import; packTypes.ts derives the types.

/** A pack as the contract returns it: its facts, its size and its bytes in base64. */
export const packExportResultSchema = z
  .object({
    fileName: z.string(),
    bytes: z.number().int(),
    dataBase64: z.string(),
    sources: z.number().int(),
    /** Distinct passages the pack carries (those the shipped library holds included). */
    passages: z.number().int(),
    /** Passages whose text the writer corrected; the corrections travel with them. */
    corrections: z.number().int(),
  })
  .strict();

/**
 * Why a correction in a pack was not applied here: this library's passage has a correction of its own,
 * different from the pack's (it is kept), or the passage belongs to the shipped library here (read-only).
 */
export const packCorrectionSkipSchema = z.enum(['local_correction', 'shipped']);

/** What importing a pack added, and what it found already present. */
export const packImportSummarySchema = z
  .object({
    pack: z.object({ appVersion: z.string(), createdAt: z.string() }).strict(),
    /** Every source of the pack: added, or already in this library (same file, so not duplicated). */
    sources: z.array(z.object({ id: z.string(), title: z.string(), added: z.boolean() }).strict()),
    passages: z
      .object({
        /** Stored for the first time. */
        added: z.number().int(),
        /** Already in the shipped library or among the own sources: linked, not stored twice. */
        present: z.number().int(),
      })
      .strict(),
    corrections: z
      .object({
        applied: z.number().int(),
        /** The same correction was already here. */
        present: z.number().int(),
        skipped: z.array(z.object({ passageId: z.string(), text: z.string(), reason: packCorrectionSkipSchema }).strict()),
      })
      .strict(),
  })
  .strict();
