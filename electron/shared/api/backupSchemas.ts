import { z } from 'zod';

// Backups and "export everything" as the contract returns them; backupTypes.ts derives the types.

/** Why a backup of user.db was taken; `damaged` is a refused file set aside by a restore. */
export const backupReasonSchema = z.enum(['daily', 'manual', 'migration', 'before-restore', 'damaged']);

export const backupInfoSchema = z
  .object({
    /** The file's name inside the backups folder; the only handle the UI gets (never a path). */
    name: z.string(),
    createdAt: z.string(),
    size: z.number().int(),
    reason: backupReasonSchema,
  })
  .strict();

export const restoreResultSchema = z
  .object({
    restored: z.string(),
    /** The backup that now holds what was in use before the restore. */
    keptAs: z.string(),
  })
  .strict();

/** "Export everything": a zip the UI offers as a download. */
export const exportBundleSchema = z
  .object({
    fileName: z.string(),
    dataBase64: z.string(),
    documents: z.number().int(),
    /** False while no DOCX exporter is available; the zip then holds Markdown only. */
    docx: z.boolean(),
  })
  .strict();
