import { z } from 'zod';
import { LOCALE_TAGS } from '../i18n/locales';
import { apiErrorSchema } from './apiErrorSchema';

// The app, the writer's profile and the interface preferences as the contract returns them.

export const appInfoSchema = z
  .object({
    version: z.string(),
    host: z.enum(['electron', 'browser']),
    libraryPassages: z.number().int(),
    /** user.db cannot be written (its folder or file is read-only): documents open and export, nothing saves. */
    dataReadOnly: z.boolean(),
    /** Why the last daily backup failed (it is tried again), or null: the writer is told, not left unprotected unknowingly. */
    backupFailure: apiErrorSchema.nullable(),
  })
  .strict();

/** The writer and their unit, used by localisation, the templates and the export header. */
export const profileSchema = z
  .object({
    name: z.string(),
    unit: z.string(),
    position: z.string(),
    region: z.string(),
    /** Localisation choices remembered: a name in a passage → what this writer puts instead. */
    replacements: z.record(z.string(), z.string()),
    /** The stored profile could not be read: these are empty fields, and saving keeps the unreadable one aside. */
    damaged: z.literal(true).optional(),
  })
  .strict();

/** How the interface looks for this user (kept in user.db, apart from the profile). */
export const preferencesSchema = z.object({ locale: z.enum(LOCALE_TAGS) }).strict();
