import type { z } from 'zod';
import type { backupInfoSchema, backupReasonSchema, exportBundleSchema, restoreResultSchema } from './backupSchemas';

// Derived from backupSchemas.ts (types only: no schema in the renderer's bundle).

export type BackupReason = z.infer<typeof backupReasonSchema>;
export type BackupInfo = z.infer<typeof backupInfoSchema>;
export type RestoreResult = z.infer<typeof restoreResultSchema>;
export type ExportBundle = z.infer<typeof exportBundleSchema>;

/** Backups are kept at most this many (the newest); set-aside damaged files are never pruned. */
export const BACKUPS_KEPT = 7;
export const BACKUP_NAME_PATTERN = /^user-(\d{8}T\d{9}Z)-(daily|manual|migration|before-restore|damaged)\.db$/;
